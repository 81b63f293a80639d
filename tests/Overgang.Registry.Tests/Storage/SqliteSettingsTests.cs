using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Storage;

public sealed class SqliteSettingsTests
{
    [Fact]
    public void Open_NewSqliteRegistry_WalPageSizeAndConnectionSettings()
    {
        // Given
        var database = TestDatabase.Create("sqlite");

        // When
        using var context = database.Open();
        context.Database.OpenConnection();

        // Then
        Assert.Equal("wal", Pragma(context, "journal_mode"));
        Assert.Equal(RegistryDatabase.SqlitePageSize.ToString(System.Globalization.CultureInfo.InvariantCulture), Pragma(context, "page_size"));
        Assert.Equal("1", Pragma(context, "synchronous")); // NORMAL
        Assert.Equal("2", Pragma(context, "temp_store")); // MEMORY
        Assert.Equal("-65536", Pragma(context, "cache_size"));
    }

    private static string Pragma(RegistryContext context, string name)
    {
        using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
