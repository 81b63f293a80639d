using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Api;

[Collection(ApiFixtures.Name)]
public sealed class RunApiTests(WebServer server)
{
    [Fact]
    public async Task Start_AnAllowanceRunAsAdministrator_RunsInTheBackgroundAndReportsItsResult()
    {
        // Given
        using var client = await server.SignedIn(server.Account(Roles.Admin).UserName);

        // When
        using var response = await client.PostAsJsonAsync("/api/v1/runs", new { kind = "allowance", month = "2026-10", chunkSize = 200 });

        // Then
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var started = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("/api/v1/runs/" + started.GetProperty("id").GetInt64(), response.Headers.Location?.ToString());
        var finished = await FinishedAsync(client, started.GetProperty("id").GetInt64());
        Assert.Equal("allowance", finished.GetProperty("kind").GetString());
        Assert.Equal("2026-10", finished.GetProperty("argument").GetString());
        Assert.True(finished.GetProperty("chunks").GetInt32() > 1);
        Assert.True(finished.GetProperty("result").GetProperty("households").GetInt32() > 0);
        Assert.True(finished.GetProperty("result").GetProperty("allowanceCents").GetInt64() > 0);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/runs");
        Assert.Contains(list.EnumerateArray(), r => r.GetProperty("id").GetInt64() == finished.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Start_ADecisionsRunAsInd_IsOneAtATimeAndReportsPathsWhenFinished()
    {
        // Given
        using var client = await server.SignedIn(server.Account(Roles.Ind).UserName);

        // When
        // (rerun: the server's start-up already ran these decisions, which would otherwise be reused at once)
        using var first = await client.PostAsJsonAsync("/api/v1/runs", new { kind = "decisions", date = "2027-03-04", chunkSize = 50, rerun = true });
        using var second = await client.PostAsJsonAsync("/api/v1/runs", new { kind = "decisions", date = "2027-03-04", rerun = true });

        // Then
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var finished = await FinishedAsync(client, id);
        var paths = finished.GetProperty("result").GetProperty("paths").EnumerateArray().ToList();
        Assert.NotEmpty(paths);
        Assert.True(paths.Sum(p => p.GetProperty("persons").GetInt32()) > WebServer.Persons / 2);
    }

    [Fact]
    public async Task Read_ARunThatFinishesBetweenReadingTheWorkerAndTheRow_IsFinished_NotInterrupted()
    {
        // Given: a decisions run in small chunks, still running
        using var client = await server.SignedIn(server.Account(Roles.Ind).UserName);
        using var started = await client.PostAsJsonAsync("/api/v1/runs", new { kind = "decisions", date = "2027-03-04", chunkSize = 5, rerun = true });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var worker = server.Services.GetRequiredService<Overgang.Web.Runs.RunWorker>();
        using var scope = server.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<Overgang.Registry.RegistryContext>();

        // When: the status is read, and the run finishes between the read of the worker's state and the read of the row
        var seenRunning = false;
        var response = await Overgang.Web.Runs.RunEndpoints.ResponseAsync(context, worker, id, CancellationToken.None, async live =>
        {
            seenRunning = live is { Running: true };
            while (worker.Live(id) is { Running: true })
            {
                await Task.Delay(20);
            }
        });

        // Then: the interleaving happened, and the run is reported as what it is: finished
        Assert.True(seenRunning, "the run had finished before the first read; the interleaving was not forced");
        Assert.NotNull(response);
        Assert.Equal("finished", response.Status);
    }

    [Fact]
    public async Task Stop_ARunningRunThroughTheApi_StopsItAfterItsChunk_RecordsWhoAsked_AndTheSameRunGoesOn()
    {
        // Given: a decisions run of one household a chunk, started by the IND and a few chunks in
        var ind = server.Account(Roles.Ind).UserName;
        using var client = await server.SignedIn(ind);
        var (id, _) = await UnderwayAsync(server, client, 2);
        var deadline = DateTime.UtcNow.AddSeconds(60);

        // When: the IND asks it to stop
        using var stop = await client.PostAsync(new Uri("/api/v1/runs/" + id + "/stop", UriKind.Relative), null);

        // Then: 202 with the run, stopping (or already stopped); it stops after its chunk, unfinished, and says so
        Assert.Equal(HttpStatusCode.Accepted, stop.StatusCode);
        Assert.Equal("/api/v1/runs/" + id, stop.Headers.Location?.ToString());
        Assert.Contains((await stop.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString(), new[] { "stopping", "stopped" });
        JsonElement stopped;
        do
        {
            await Task.Delay(20);
            stopped = await client.GetFromJsonAsync<JsonElement>("/api/v1/runs/" + id);
        }
        while (stopped.GetProperty("status").GetString() == "stopping" && DateTime.UtcNow < deadline);

        Assert.Equal("stopped", stopped.GetProperty("status").GetString());
        var chunks = stopped.GetProperty("chunks").GetInt32();
        Assert.InRange(chunks, 2, stopped.GetProperty("total").GetInt32() - 1);
        await Task.Delay(200);
        Assert.Equal(chunks, (await client.GetFromJsonAsync<JsonElement>("/api/v1/runs/" + id)).GetProperty("chunks").GetInt32());

        // Then: the log names who started it and who stopped it
        using (var context = server.Database.Open())
        {
            var entries = context.Audit.Where(a => a.Subject == "run/" + id).OrderBy(a => a.Sequence).Select(a => new { a.Action, a.Actor }).ToList();
            Assert.Contains(entries, e => e.Action == "run.request" && e.Actor == Roles.Ind + ":" + ind);
            Assert.Contains(entries, e => e.Action == "run.stop" && e.Actor == Roles.Ind + ":" + ind);
        }

        // When: asked to stop again, and then started again
        using var again = await client.PostAsync(new Uri("/api/v1/runs/" + id + "/stop", UriKind.Relative), null);
        using var resumed = await client.PostAsJsonAsync("/api/v1/runs", new { kind = "decisions", date = "2027-03-04", chunkSize = 50, rerun = true });

        // Then: nothing to stop; the same run goes on from its committed chunks and finishes
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, resumed.StatusCode);
        Assert.Equal(id, (await resumed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64());
        var finished = await FinishedAsync(client, id);
        Assert.True(finished.GetProperty("chunks").GetInt32() > chunks);
    }

    [Fact]
    public async Task Stop_AFinishedOrUnknownRun_Is409Or404_AndAnAllowanceRunIsStoppedByAdministratorsOnly()
    {
        using var ind = await server.SignedIn(server.Account(Roles.Ind).UserName);
        using var admin = await server.SignedIn(server.Account(Roles.Admin).UserName);
        long decisions, allowance;
        using (var context = server.Database.Open())
        {
            decisions = context.Runs.Where(r => r.Kind == "decisions" && r.Status == "finished").Select(r => r.Id).First();
            allowance = context.Runs.Where(r => r.Kind == "allowance" && r.Status == "finished").Select(r => r.Id).First();
        }

        using var finished = await ind.PostAsync(new Uri("/api/v1/runs/" + decisions + "/stop", UriKind.Relative), null);
        using var unknown = await ind.PostAsync(new Uri("/api/v1/runs/987654321/stop", UriKind.Relative), null);
        using var notInd = await ind.PostAsync(new Uri("/api/v1/runs/" + allowance + "/stop", UriKind.Relative), null);
        using var byAdmin = await admin.PostAsync(new Uri("/api/v1/runs/" + allowance + "/stop", UriKind.Relative), null);

        await ApiAssert.ProblemAsync(finished, HttpStatusCode.Conflict);
        await ApiAssert.ProblemAsync(unknown, HttpStatusCode.NotFound);
        await ApiAssert.ProblemAsync(notInd, HttpStatusCode.Forbidden);
        await ApiAssert.ProblemAsync(byAdmin, HttpStatusCode.Conflict);
        Assert.Contains("is finished", (await finished.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_TheSameRunAgain_ReturnsTheFinishedRun_UntilAFactChangesThroughTheApi()
    {
        // Given: a finished allowance run for a month
        using var client = await server.SignedIn(server.Account(Roles.Admin).UserName);
        using var start = await client.PostAsJsonAsync("/api/v1/runs", new { kind = "allowance", month = "2026-09" });
        var id = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var finished = await FinishedAsync(client, id);

        // When: started again on the same registry
        using var again = await client.PostAsJsonAsync("/api/v1/runs", new { kind = "allowance", month = "2026-09" });

        // Then: the finished run answers, nothing runs
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var reused = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(reused.GetProperty("reused").GetBoolean());
        Assert.Equal(id, reused.GetProperty("id").GetInt64());
        Assert.Equal(finished.GetProperty("number").GetInt32(), reused.GetProperty("number").GetInt32());
        Assert.Equal("finished", reused.GetProperty("status").GetString());

        // When: a case worker changes an income (as the household page does), and the run is started again
        var (_, adult) = Targets.SpareHousehold(server, Targets.Of(server).Municipality, 7);
        var worker = await Callers.For(server, Who.CaseWorkerOwn);
        using var read = await worker.GetAsync(new Uri("/api/v1/persons/" + adult, UriKind.Relative));
        var version = long.Parse(read.Headers.ETag!.Tag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);
        using var patch = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/persons/" + adult) { Content = new StringContent("""{ "incomes": [ { "month": "2026-09", "amount": 123.45 } ] }""", System.Text.Encoding.UTF8, "application/json") };
        patch.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{version}\""));
        using var changed = await worker.SendAsync(patch);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        using var after = await client.PostAsJsonAsync("/api/v1/runs", new { kind = "allowance", month = "2026-09" });

        // Then: a new run, the next of its kind
        Assert.Equal(HttpStatusCode.Accepted, after.StatusCode);
        var next = await after.Content.ReadFromJsonAsync<JsonElement>();
        Assert.NotEqual(id, next.GetProperty("id").GetInt64());
        Assert.False(next.GetProperty("reused").GetBoolean());
        Assert.Equal(finished.GetProperty("number").GetInt32() + 1, next.GetProperty("number").GetInt32());
        await FinishedAsync(client, next.GetProperty("id").GetInt64());
    }

    [Theory]
    [InlineData("{}", "kind", null)]
    [InlineData("""{"kind":"census"}""", "kind", null)]
    [InlineData("""{"kind":"decisions"}""", "date", null)]
    [InlineData("""{"kind":"decisions","date":"4 March 2027"}""", "date", null)]
    [InlineData("""{"kind":"decisions","date":"1990-01-01"}""", "date", "transition.protection.last-day")]
    [InlineData("""{"kind":"allowance","month":"2026-13"}""", "month", null)]
    [InlineData("""{"kind":"allowance","month":"1990-01"}""", "month", "reception.absence-maximum-days")]
    [InlineData("""{"kind":"allowance","month":"2026-10","chunkSize":0}""", "chunkSize", null)]
    [InlineData("""{"kind":"allowance","month":"2026-10","chunkSize":"ten"}""", "chunkSize", null)]
    [InlineData("""not json""", "body", null)]
    public async Task Start_WithBadInput_Is400NamingTheFieldAndParameter(string body, string field, string? parameter)
    {
        using var client = await server.SignedIn(server.Account(Roles.Admin).UserName);
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/v1/runs", UriKind.Relative), content);
        await ApiAssert.ProblemAsync(response, HttpStatusCode.BadRequest, field, parameter);
    }

    [Fact]
    public async Task Read_AnUnknownRun_Is404()
    {
        using var client = await server.SignedIn(server.Account(Roles.Admin).UserName);
        using var response = await client.GetAsync(new Uri("/api/v1/runs/999999", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>
    /// Starts a decisions run again through the API in chunks of one household and waits until at least
    /// <paramref name="chunks"/> of them are done; asserts it is still running then, with households left.
    /// </summary>
    internal static async Task<(long Id, Overgang.Web.Runs.LiveRun Live)> UnderwayAsync(WebServer server, HttpClient client, int chunks)
    {
        using var started = await client.PostAsJsonAsync("/api/v1/runs", new { kind = "decisions", date = "2027-03-04", chunkSize = 1, rerun = true });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var worker = server.Services.GetRequiredService<Overgang.Web.Runs.RunWorker>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (worker.Live(id) is not { } live || live.Done < chunks)
        {
            Assert.True(DateTime.UtcNow < deadline, "run " + id + " did not get " + chunks + " chunks in");
            await Task.Delay(5);
        }

        var underway = worker.Live(id)!;
        Assert.True(underway is { Running: true } && underway.Done >= chunks && underway.Done < underway.Total, "the run was not under way: " + underway);
        return (id, underway);
    }

    internal static async Task<JsonElement> FinishedAsync(HttpClient client, long id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var run = await client.GetFromJsonAsync<JsonElement>("/api/v1/runs/" + id);
            var status = run.GetProperty("status").GetString();
            if (status == "finished")
            {
                return run;
            }

            Assert.True(status == "running", "run " + id + " is " + status + ": " + run.GetRawText());
            Assert.True(DateTime.UtcNow < deadline, "run " + id + " did not finish: " + run.GetRawText());
            await Task.Delay(100);
        }
    }
}
