using Microsoft.EntityFrameworkCore.Infrastructure;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests;

public sealed class CompiledModelTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void CompiledModel_OfEachProvider_IsTheModelThatOnModelCreatingBuilds(string provider)
    {
        // Given: the compiled model every command uses (RegistryDatabase.Open), and the model EF Core builds from
        // OnModelCreating, which the migrations follow
        var database = TestDatabase.Create(provider);
        using var compiled = database.Open();
        using var built = database.OpenWithBuiltModel();

        // When: both are described in full (entity types, properties, column types, converters, keys, indexes, annotations)
        var compiledModel = compiled.Model.ToDebugString(MetadataDebugStringOptions.LongDefault);
        var builtModel = built.Model.ToDebugString(MetadataDebugStringOptions.LongDefault);

        // Then
        Assert.True(compiledModel == builtModel,
            $"the compiled {provider} model differs from the model: run `dotnet run --project tools/Overgang.Migrations -- --compiled-model`\n"
            + TextDifference.First(compiledModel, builtModel, "compiled", "built"));
        Assert.NotSame(compiled.Model, built.Model);
    }
}
