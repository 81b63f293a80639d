namespace Overgang.Registry.Tests.Support;

/// <summary>A fresh, migrated registry on one provider, for one test.</summary>
public static class TestDatabase
{
    /// <summary>The providers every integration test runs on.</summary>
    public static TheoryData<string> Providers => ["sqlite", "postgresql"];

    public static RegistryDatabase Create(string provider)
    {
        var database = provider switch
        {
            "sqlite" => RegistryDatabase.Parse(Path.Combine(Path.GetTempPath(), "overgang-test-" + Guid.NewGuid().ToString("N") + ".db")),
            "postgresql" => RegistryDatabase.Parse(PostgresServer.Instance.CreateDatabase()),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
        database.Migrate();
        return database;
    }
}
