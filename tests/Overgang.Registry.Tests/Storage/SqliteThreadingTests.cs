using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Storage;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Storage;

/// <summary>SQLite in multi-thread mode (<see cref="SqliteThreading"/>): no mutex per connection, each connection used by one thread at a time.</summary>
public sealed class SqliteThreadingTests
{
    [Fact]
    public void Open_SqliteRegistry_TheConnectionHasNoMutexOfItsOwn()
    {
        // Given: a registry on SQLite (the process's mode was chosen when its first registry context was made)
        var database = TestDatabase.Create("sqlite");

        // When
        using var context = database.Open();
        context.Database.OpenConnection();
        var handle = ((SqliteConnection)context.Database.GetDbConnection()).Handle!;

        // Then: multi-thread mode, so SQLite takes no lock for each call on the connection
        Assert.True(SqliteThreading.MultiThread);
        Assert.Equal(IntPtr.Zero, SqliteNative.ConnectionMutex(handle.DangerousGetHandle()));
    }

    [Fact]
    public async Task TwoConnections_OneWritingOnOneThreadAnotherReadingOnAnother_EachSeesWholeTransactions()
    {
        // Given: a registry with a table of its own; one connection inserts 100 transactions of 50 rows on one thread
        const int Transactions = 100;
        const int Rows = 50;
        var database = TestDatabase.Create("sqlite");
        using (var context = database.Open())
        {
            context.Database.ExecuteSqlRaw("CREATE TABLE threading_test (\"Batch\" INTEGER NOT NULL, \"Text\" TEXT NOT NULL)");
        }

        using var start = new Barrier(2);
        var writer = Task.Factory.StartNew(
            () =>
            {
                using var context = database.Open();
                context.Database.OpenConnection();
                var connection = (SqliteConnection)context.Database.GetDbConnection();
                start.SignalAndWait();
                for (var t = 0; t < Transactions; t++)
                {
                    using var transaction = context.Database.BeginTransaction();
                    using (var statement = new SqliteStatement(connection, "INSERT INTO threading_test VALUES (?1, ?2)"))
                    {
                        for (var r = 0; r < Rows; r++)
                        {
                            statement.Bind(1, t);
                            statement.Bind(2, string.Create(CultureInfo.InvariantCulture, $"рядок {t}/{r}"));
                            statement.Execute();
                        }
                    }

                    transaction.Commit();
                }
            },
            TaskCreationOptions.LongRunning);

        // When: another connection, on another thread, reads the table again and again while they are written
        var reads = 0;
        var reader = Task.Factory.StartNew(
            () =>
            {
                using var context = database.Open();
                context.Database.OpenConnection();
                start.SignalAndWait();
                var seen = 0L;
                while (seen < Transactions * Rows)
                {
                    using var command = context.Database.GetDbConnection().CreateCommand();
                    command.CommandText = "SELECT count(*), count(DISTINCT \"Batch\") FROM threading_test";
                    using var row = command.ExecuteReader();
                    row.Read();
                    seen = row.GetInt64(0);

                    // Then: every read sees whole transactions only
                    Assert.Equal(row.GetInt64(1) * Rows, seen);
                    reads++;
                }
            },
            TaskCreationOptions.LongRunning);
        await Task.WhenAll(writer, reader);

        // Then: every row arrived, and the reader read while the writer wrote
        Assert.True(reads > 1, $"the reader read {reads} times");
        using var check = database.Open();
        Assert.Equal(Transactions * Rows, check.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM threading_test WHERE \"Text\" LIKE 'рядок %'").Single());
    }
}
