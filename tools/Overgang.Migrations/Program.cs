// Scaffolds a migration for the SQLite and the PostgreSQL registry:
//   dotnet run --project tools/Overgang.Migrations -- <MigrationName>
// Writes src/Overgang.Registry/Migrations/Sqlite and .../Postgres. Review the generated code before committing.
// Regenerates the compiled EF models (after every model change, with or without a migration):
//   dotnet run --project tools/Overgang.Migrations -- --compiled-model
// Writes src/Overgang.Registry/CompiledModels/Sqlite and .../Postgres (RegistryDatabase.Open uses them; the test
// CompiledModelTests fails while they differ from the model that OnModelCreating builds).
// Regenerates the scripts that make a new registry in one transaction (after every new migration):
//   dotnet run --project tools/Overgang.Migrations -- --schema-script
// Writes src/Overgang.Registry/Schema/Sqlite.sql and Postgres.sql (RegistrySchema; RegistrySchemaTests fails while they
// differ from EF Core's script of the migrations, and RegistryDatabase.Migrate does not use an outdated one).
using System.Reflection;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;
using Overgang.Registry;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: Overgang.Migrations <MigrationName> | --compiled-model | --schema-script");
    return 2;
}

var project = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Overgang.Registry"));
var databases = new (string Folder, RegistryDatabase Database)[]
{
    ("Sqlite", RegistryDatabase.Parse(Path.Combine(Path.GetTempPath(), "overgang-scaffold.db"))),
    ("Postgres", RegistryDatabase.Parse("Host=127.0.0.1;Database=scaffold;Username=scaffold")),
};
var compiledModel = args[0] == "--compiled-model";
foreach (var (folder, database) in databases)
{
    if (args[0] == "--schema-script")
    {
        // EF Core's script of every migration; no database is opened.
        using var scripted = database.Open();
        var file = Path.Combine(project, RegistrySchema.File(database.IsPostgres));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, RegistrySchema.Generate(scripted));
        Console.WriteLine($"{folder}: {file}");
        continue;
    }

    using var context = compiledModel ? database.OpenWithBuiltModel() : database.Open();
    var services = new ServiceCollection();
    services.AddEntityFrameworkDesignTimeServices();
    services.AddDbContextDesignTimeServices(context);
    var providerAssembly = Assembly.Load(new AssemblyName(context.Database.ProviderName!));
    var attribute = providerAssembly.GetCustomAttribute<DesignTimeProviderServicesAttribute>()!;
    var designTime = (IDesignTimeServices)Activator.CreateInstance(providerAssembly.GetType(attribute.TypeName, throwOnError: true)!)!;
    designTime.ConfigureDesignTimeServices(services);
    if (database.IsPostgres)
    {
        var nodaTime = Assembly.Load(new AssemblyName("Npgsql.EntityFrameworkCore.PostgreSQL.NodaTime"));
        foreach (var plugin in nodaTime.GetCustomAttributes<DesignTimeServicesReferenceAttribute>())
        {
            ((IDesignTimeServices)Activator.CreateInstance(Type.GetType(plugin.TypeName, throwOnError: true)!)!).ConfigureDesignTimeServices(services);
        }
    }

    var provider = services.BuildServiceProvider();
    if (compiledModel)
    {
        // The design-time model (OnModelCreating), written as code; the old files go first so none is left behind.
        var output = Path.Combine(project, "CompiledModels", folder);
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        var written = provider.GetRequiredService<ICompiledModelScaffolder>().ScaffoldModel(
            context.GetService<IDesignTimeModel>().Model,
            output,
            new CompiledModelCodeGenerationOptions
            {
                ContextType = context.GetType(),
                ModelNamespace = $"Overgang.Registry.CompiledModels.{folder}",
                Language = "C#",
                UseNullableReferenceTypes = true,
            });
        // Without the assembly attribute EF Core does not pick the compiled model up by itself: RegistryDatabase.Open names
        // it, and a context without it (this tool, OpenWithBuiltModel, the test comparing the two) builds the model.
        foreach (var file in written.Where(f => f.EndsWith("AssemblyAttributes.cs", StringComparison.Ordinal)))
        {
            File.Delete(file);
        }

        Console.WriteLine($"{folder}: {written.Count} files in {output}");
        continue;
    }

    var scaffolder = provider.GetRequiredService<IMigrationsScaffolder>();
    var migration = scaffolder.ScaffoldMigration(args[0], "Overgang.Registry", $"Migrations.{folder}", "C#");
    var files = scaffolder.Save(project, migration, Path.Combine(project, "Migrations", folder));
    Console.WriteLine($"{folder}: {files.MigrationFile}");
}

return 0;
