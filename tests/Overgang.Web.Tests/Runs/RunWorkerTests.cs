using Microsoft.Extensions.Logging.Abstractions;
using Overgang.Registry;
using Overgang.Registry.Model;
using Overgang.Registry.Runs;
using Overgang.Web.Runs;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Runs;

/// <summary>The web application's run worker on its own, with runs that fail as the registry's storage fails.</summary>
public sealed class RunWorkerTests
{
    [Fact]
    public async Task A_run_that_fails_on_a_full_disk_reports_the_fault_in_words_not_the_exception()
    {
        // Given: the worker of a registry on SQLite, and a run that fails with SQLite's own "database or disk is full", wrapped
        var database = RegistryDatabase.Parse(Path.Combine(Path.GetTempPath(), "overgang-worker-" + Guid.NewGuid().ToString("N") + ".db"));
        using var worker = new RunWorker(database, NullLogger<RunWorker>.Instance);
        await worker.StartAsync(CancellationToken.None);
        try
        {
            // When
            var outcome = await worker.StartAsync(RunKinds.Decisions, "2027-03-04", "test", (progress, _) =>
            {
                progress.Report(new RunProgress(0, 10) { RunId = 42 });
                throw new InvalidOperationException("a chunk failed", StorageFaults.DiskFull());
            }, CancellationToken.None);

            // Then: the run's error names the fault and what was kept, not the provider's message
            Assert.Equal(new StartOutcome.Started(42), outcome);
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (worker.Live(42) is { Running: true } && DateTime.UtcNow < deadline)
            {
                await Task.Delay(10);
            }

            var error = worker.Live(42)?.Error;
            Assert.Equal($"the disk holding the registry {database.Where} is full; what was committed is kept, and starting the same run again goes on from there", error);
            Assert.Equal("failed", RunStatus.Of(new BatchRun { Kind = RunKinds.Decisions, Argument = "2027-03-04", ParameterVersion = "test", Status = "running", Counts = "{}" }, worker.Live(42)));
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }
}
