using Microsoft.Data.Sqlite;

namespace Overgang.Web.Tests.Support;

/// <summary>The database providers' own errors of a failing storage, for tests of what the application makes of them.</summary>
public static class StorageFaults
{
    /// <summary>SQLite's own "database or disk is full": a database of at most two pages given a row that needs more.</summary>
    public static SqliteException DiskFull()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        try
        {
            foreach (var sql in new[] { "PRAGMA max_page_count=2", "CREATE TABLE t (x TEXT)", "INSERT INTO t VALUES (printf('%.20000c', 'x'))" })
            {
                using var command = connection.CreateCommand();
                command.CommandText = sql;
                command.ExecuteNonQuery();
            }
        }
        catch (SqliteException e)
        {
            return e;
        }

        throw new InvalidOperationException("the row fitted: the disk did not fill");
    }
}
