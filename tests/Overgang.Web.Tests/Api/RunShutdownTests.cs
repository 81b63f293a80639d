using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Overgang.Registry.Runs;
using Overgang.Rules.Parameters;
using Overgang.Web.Runs;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Api;

/// <summary>
/// A run started through the API when the application stops (a deployment, a service manager's SIGTERM): it ends after
/// its chunk under way, before the stop returns, gives back what it had taken, and the same run goes on from there.
/// </summary>
public sealed class RunShutdownTests
{
    private static readonly LocalDate LastDay = new(2027, 3, 4);

    [Theory]
    [InlineData("sqlite", WebServer.Persons)]
    [InlineData("postgresql", 300)]
    public async Task Stop_TheApplicationDuringADecisionsRun_StopsTheRunAfterItsChunk_AndTheSameRunGoesOn(string provider, int persons)
    {
        var server = new WebServer();
        await server.StartAsync(provider, persons);
        try
        {
            // Given: a decisions run of one household a chunk, started through the API and a few chunks in
            using var client = await server.SignedIn(server.Account(Roles.Ind).UserName);
            var (id, before) = await RunApiTests.UnderwayAsync(server, client, 3);
            var worker = server.Services.GetRequiredService<RunWorker>();

            // When: the application stops
            await server.StopAsync();

            // Then: the run ended before the stop returned: not finished, some chunks kept, none committed after it, none
            // still leased (PostgreSQL), and the worker knows it is not running
            var stopped = Run(server, id);
            Assert.Equal("running", stopped.Status);
            Assert.InRange(stopped.Chunks, 3, before.Total!.Value - 1);
            await Task.Delay(300);
            Assert.Equal(stopped.Chunks, Run(server, id).Chunks);
            using (var context = server.Database.Open())
            {
                Assert.Equal(0, context.RunChunks.Count(c => c.RunId == id && c.Status != "done" && c.LeasedBy != null));
                Assert.True(context.Decisions.Any(d => d.RunId == id), "the committed chunks' decisions are kept");
            }

            Assert.False(worker.Live(id)!.Running);

            // When: the same run is started again (here by the use case the API calls)
            var parameters = ParameterTree.Default;
            Assert.True(DecisionsRun.TryExecute(server.Database, LastDay, parameters, server.Clock, new RunOptions(50, Rerun: true), out var resumed, out _));

            // Then: it is that run, finished, with every person's decision the same as the run before it
            Assert.Equal(id, resumed.Id);
            Assert.Equal("finished", resumed.Status);
            using (var context = server.Database.Open())
            {
                var earlier = context.Runs.Where(r => r.Kind == RunKinds.Decisions && r.Id < id).Max(r => r.Id);
                Assert.Equal(Decisions(context, earlier), Decisions(context, id));
            }
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private static Overgang.Registry.Model.BatchRun Run(WebServer server, long id)
    {
        using var context = server.Database.Open();
        return context.Runs.Single(r => r.Id == id);
    }

    private static List<string> Decisions(Overgang.Registry.RegistryContext context, long runId) =>
        [.. context.Decisions.Where(d => d.RunId == runId).OrderBy(d => d.PersonId)
            .Select(d => new { d.PersonId, d.Path, d.Status, d.ValidFrom, d.ValidUntil, d.Stored }).AsEnumerable()
            .Select(d => $"{d.PersonId}|{d.Path}|{d.Status}|{d.ValidFrom}|{d.ValidUntil}|{Convert.ToHexString(d.Stored ?? [])}")];
}
