using Microsoft.Data.Sqlite;
using Overgang.Registry;

namespace Overgang.Cli.Tests.Support;

/// <summary>
/// Two SQLite registries holding the same generated population, for a test that compares an interrupted run with an
/// uninterrupted one: <c>generate</c> makes the first, the second is its copy (SQLite's backup, and the audit key).
/// </summary>
public static class TwinRegistries
{
    /// <summary>Generates <paramref name="persons"/> persons (seed 5) into <c>reference.db</c> in <paramref name="folder"/> and copies it to <paramref name="name"/>.</summary>
    public static (string Reference, string Twin) Generate(string folder, int persons, string name)
    {
        var reference = Path.Combine(folder, "reference.db");
        var twin = Path.Combine(folder, name);
        var generated = CliRun.Of("", "generate", "--database", reference, "--persons", persons.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", "5");
        Assert.True(generated.ExitCode == 0, generated.Error);
        using (var source = new SqliteConnection($"Data Source={reference};Pooling=False"))
        using (var copy = new SqliteConnection($"Data Source={twin};Pooling=False"))
        {
            source.Open();
            copy.Open();
            source.BackupDatabase(copy);
        }

        File.Copy(RegistryDatabase.Parse(reference).AuditKeyFile, RegistryDatabase.Parse(twin).AuditKeyFile);
        return (reference, twin);
    }
}
