using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Overgang.Cli.Tests.Support;

namespace Overgang.Cli.Tests.Hardening;

/// <summary>
/// A command refuses, in one line and before it writes anything, to sign a registry's audit log with a key that is not
/// the log's: a registry moved without its key file, or beside another registry's key.
/// </summary>
public sealed class AuditKeyCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("overgang-key-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void RunDecisions_RegistryMovedWithoutItsKey_SaysWhatToSetExits4AndWritesNothing()
    {
        // Given: a registry generated with its key file, copied to another folder without it
        var moved = Moved();
        var before = Rows(moved, "batch_run") + Rows(moved, "audit_entry");

        // When
        var run = CliRun.Of("", "run", "decisions", "--database", moved, "--date", "2027-03-04");

        // Then
        Assert.Equal(4, run.ExitCode);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.Contains("does not exist, but this registry's audit log has entries signed with a key", run.Error, StringComparison.Ordinal);
        Assert.Contains("$OVERGANG_AUDIT_KEY", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(moved + ".audit-key"));
        Assert.Equal(before, Rows(moved, "batch_run") + Rows(moved, "audit_entry"));
    }

    [Fact]
    public void RunDecisions_BesideAnotherKey_IsRefused_WithItsOwnKeyItRunsAndTheLogVerifies()
    {
        // Given: the moved registry beside a key that is not its own
        var moved = Moved();
        File.WriteAllText(moved + ".audit-key", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) + "\n");

        // When: run beside the other key; then a copy of the same registry beside its own key (a process keeps the key it
        // read first, so the right key goes with another copy, not into the same file)
        var foreign = CliRun.Of("", "run", "decisions", "--database", moved, "--date", "2027-03-04");
        var right = Path.Combine(Directory.CreateDirectory(Path.Combine(_folder, "right")).FullName, "overgang.db");
        File.Copy(moved, right);
        File.Copy(Path.Combine(_folder, "overgang.db.audit-key"), right + ".audit-key");
        var own = CliRun.Of("", "run", "decisions", "--database", right, "--date", "2027-03-04");
        var verify = CliRun.Of("", "audit", "verify", "--database", right);

        // Then
        Assert.Equal(4, foreign.ExitCode);
        Assert.Contains("does not verify the audit log's last entry", foreign.Error, StringComparison.Ordinal);
        Assert.Equal(0, own.ExitCode);
        Assert.Equal(0, verify.ExitCode);
        Assert.Contains("audit log intact", verify.Output, StringComparison.Ordinal);
    }

    /// <summary>A generated registry in this test's folder, copied (without its key file) into a sub-folder.</summary>
    private string Moved()
    {
        var original = Path.Combine(_folder, "overgang.db");
        Assert.Equal(0, CliRun.Of("", "generate", "--database", original, "--persons", "40").ExitCode);
        SqliteConnection.ClearAllPools();
        var moved = Path.Combine(Directory.CreateDirectory(Path.Combine(_folder, "moved")).FullName, "overgang.db");
        File.Copy(original, moved);
        return moved;
    }

    private static long Rows(string database, string table)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }
}
