using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests;

/// <summary>
/// <see cref="RegistryFaults.Of"/> on the providers' own exceptions, made by the real databases: the storage's conditions
/// are found (also wrapped, as EF Core and a run's worker wrap them), and every other error is left to be a defect.
/// </summary>
public sealed class RegistryFaultsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("overgang-faults-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Of_SqliteOutOfPages_IsDiskFull_AlsoWrapped()
    {
        // Given: a file that may not grow past 4 pages
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "full.db")};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA max_page_count=4");
        Execute(connection, "CREATE TABLE t (x TEXT)");
        var full = Assert.IsType<SqliteException>(Record.Exception(() => Execute(connection, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) INSERT INTO t SELECT printf('%.500c', 'x') FROM n")));

        // Then
        Assert.Equal(RegistryFault.DiskFull, RegistryFaults.Of(full));
        Assert.Equal(RegistryFault.DiskFull, RegistryFaults.Of(new InvalidOperationException("saving failed", full)));
        Assert.Equal(RegistryFault.DiskFull, RegistryFaults.Of(new AggregateException(new InvalidOperationException("a worker failed", full))));
    }

    [Fact]
    public void Of_ATextFileOpenedAsSqlite_IsNotARegistry_AndAConstraintIsNoFault()
    {
        var text = Path.Combine(_folder, "text.db");
        File.WriteAllText(text, string.Concat(Enumerable.Repeat("plain text, not a database\n", 100)));
        using var connection = new SqliteConnection($"Data Source={text};Pooling=False");
        connection.Open();
        Assert.Equal(RegistryFault.NotARegistry, RegistryFaults.Of(Record.Exception(() => Execute(connection, "SELECT * FROM sqlite_master"))));

        using var good = new SqliteConnection($"Data Source={Path.Combine(_folder, "good.db")};Pooling=False");
        good.Open();
        var duplicate = Record.Exception(() => Execute(good, "CREATE TABLE t (x INTEGER PRIMARY KEY); INSERT INTO t VALUES (1); INSERT INTO t VALUES (1)"));
        Assert.IsType<SqliteException>(duplicate);
        Assert.Null(RegistryFaults.Of(duplicate));
        Assert.Null(RegistryFaults.Of(new InvalidOperationException("a defect")));
    }

    [Fact]
    public void Of_PostgresWithoutItsDatabase_OrWithoutAServer_SaysWhich_AndAnErrorInTheQueryIsNoFault()
    {
        // A database that does not exist on the server
        var missing = new NpgsqlConnectionStringBuilder(PostgresServer.Instance.AdminConnectionString) { Database = "no_such_registry_" + Guid.NewGuid().ToString("N")[..8], Pooling = false };
        using (var connection = new NpgsqlConnection(missing.ConnectionString))
        {
            Assert.Equal(RegistryFault.NoSuchDatabase, RegistryFaults.Of(Record.Exception(connection.Open)));
        }

        // A port nothing listens on
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var nowhere = new NpgsqlConnectionStringBuilder(missing.ConnectionString) { Host = "127.0.0.1", Port = port, Timeout = 5 };
        using (var connection = new NpgsqlConnection(nowhere.ConnectionString))
        {
            Assert.Equal(RegistryFault.ServerUnreachable, RegistryFaults.Of(Record.Exception(connection.Open)));
        }

        // The server's answer to a query is not a fault of the storage
        using var server = new NpgsqlConnection(PostgresServer.Instance.AdminConnectionString);
        server.Open();
        using var command = new NpgsqlCommand("SELECT 1 / 0", server);
        var division = Record.Exception(() => command.ExecuteScalar());
        Assert.IsType<PostgresException>(division);
        Assert.Null(RegistryFaults.Of(division));
    }

    [Fact]
    public void Where_OfAPostgresRegistry_NamesServerAndDatabase_NeverTheUserOrPassword()
    {
        var database = RegistryDatabase.Parse("postgresql://someone:s3cret@db.example:5433/registry");
        Assert.Equal("db.example:5433/registry", database.Where);
        Assert.Equal(Path.Combine(_folder, "r.db"), RegistryDatabase.Parse(Path.Combine(_folder, "r.db")).Where);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
