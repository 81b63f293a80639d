using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Overgang.Cli.Tests.Support;
using Overgang.Registry;

namespace Overgang.Cli.Tests.Hardening;

/// <summary>Regression tests of issue 12 through the command: a locked registry and a shortened audit log.</summary>
public sealed class RegistryHardeningTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("overgang-hardening-").FullName;

    private string DatabasePath => Path.Combine(_directory, "registry.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void Import_RegistryLockedByAnotherWriter_PrintsOneLineAndExitsNonZeroWithinSeconds()
    {
        // Given: the registry in WAL mode (as demo and generate leave it) with a write transaction held open elsewhere
        Assert.Equal(0, Import("municipalities", "code,name\nGM0363,Amsterdam\n").ExitCode);
        using var other = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        other.Open();
        using (var wal = other.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            wal.ExecuteNonQuery();
        }

        using var hold = other.BeginTransaction(deferred: false);
        using (var write = other.CreateCommand())
        {
            write.CommandText = "UPDATE municipality SET \"Name\" = 'Amsterdam' WHERE \"Code\" = 'GM0363';";
            write.ExecuteNonQuery();
        }

        // When
        var clock = Stopwatch.StartNew();
        var run = Import("municipalities", "code,name\nGM0599,Rotterdam\n");
        clock.Stop();

        // Then
        Assert.NotEqual(0, run.ExitCode);
        Assert.Equal($"the registry {DatabasePath} is locked by another process; try again when it has finished", run.Error.TrimEnd());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public void AuditVerify_LastEntriesDeletedAfterACheckpoint_ReportsTheTruncation()
    {
        // Given: five audit entries, a checkpoint, then the last two entries deleted
        Assert.Equal(0, Import("municipalities", "code,name\nGM0363,Amsterdam\n").ExitCode);
        Assert.Equal(0, Import("persons", PersonsCsv(5)).ExitCode);
        var checkpoint = Path.Combine(_directory, "checkpoint.json");
        var exported = Audit("checkpoint", "--out", checkpoint);
        Assert.Equal(0, exported.ExitCode);
        using (var context = RegistryDatabase.Parse(DatabasePath).Open())
        {
            context.Database.ExecuteSqlRaw("DELETE FROM audit_entry WHERE \"Sequence\" > 3");
        }

        // When
        var verified = Audit("verify", "--checkpoint", checkpoint);

        // Then
        Assert.Equal(1, verified.ExitCode);
        Assert.Contains("BROKEN", verified.Output, StringComparison.Ordinal);
        Assert.Contains("3 entries, the checkpoint has 5", verified.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditVerify_ATaskAndADecisionWithoutTheirRun_ReportsThemAndExitsNonZero()
    {
        // Given: an intact audit log, then a decision and a task of a run that does not exist (the runs' results have no
        // foreign key to their run, docs/adr/0017-run-results-without-foreign-keys.md)
        Assert.Equal(0, Import("municipalities", "code,name\nGM0363,Amsterdam\n").ExitCode);
        Assert.Equal(0, Import("persons", PersonsCsv(2)).ExitCode);
        Assert.Equal(0, Audit("verify").ExitCode);
        using (var context = RegistryDatabase.Parse(DatabasePath).Open())
        {
            context.Database.ExecuteSqlRaw("INSERT INTO decision (\"RunId\", \"PersonId\", \"Date\", \"Path\", \"Status\") VALUES (99, 'P0000001', 20881, 5, 0)");
            context.Database.ExecuteSqlRaw("INSERT INTO task (\"RunId\", \"PersonId\", \"Kind\", \"Owner\", \"Code\", \"Due\", \"Status\", \"Flags\") VALUES (99, 'P0000001', 0, 1, 'x', 20881, 1, 0)");
        }

        // When
        var verified = Audit("verify");

        // Then
        Assert.Equal(1, verified.ExitCode);
        Assert.Contains("audit log intact", verified.Output, StringComparison.Ordinal);
        Assert.Contains("run results BROKEN: 1 decision(s), 1 task(s) and 0 payment(s) without their run", verified.Output, StringComparison.Ordinal);
    }

    private static string PersonsCsv(int count) =>
        "id,familyName,givenName,familyNameCyrillic,givenNameCyrillic,birthDate,sex,nationality,ukrainianResidence,municipality,householdId,protectionSince\n"
        + string.Concat(Enumerable.Range(1, count).Select(i => $"P{i:D7},Koval,Ivan,,,1990-01-01,M,UA,citizen,GM0363,H{i},\n"));

    private CliRun Import(string kind, string text)
    {
        var file = Path.Combine(_directory, kind + "-" + Guid.NewGuid().ToString("N")[..6] + ".csv");
        File.WriteAllText(file, text);
        return CliRun.Of("", "import", kind, file, "--database", DatabasePath);
    }

    private CliRun Audit(string action, params string[] options) =>
        CliRun.Of("", ["audit", action, "--database", DatabasePath, .. options]);
}
