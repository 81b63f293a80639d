using System.Collections.Immutable;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Overgang.Analysis.Reforms;
using Overgang.Analysis.Reports;
using Overgang.Registry.Population;
using Overgang.Rules.Parameters;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Analysis;

/// <summary>Starts reform runs through the API and waits for them; computes what <c>overgang simulate</c> gives for the same registry.</summary>
public static class ReformRuns
{
    /// <summary>A run of a 1,500-person registry takes about a second; the machine may be busy.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    /// <summary>Starts a shipped reform; returns the run's address.</summary>
    public static async Task<Uri> StartAsync(HttpClient client, string reform)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/analysis/reforms/runs", new { reform });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return response.Headers.Location!;
    }

    /// <summary>Polls a run until it is finished or failed; returns its last answer.</summary>
    public static async Task<JsonElement> WaitAsync(HttpClient client, Uri run)
    {
        var until = DateTime.UtcNow + Patience;
        while (true)
        {
            var state = await client.GetFromJsonAsync<JsonElement>(run);
            if (state.GetProperty("status").GetString() is "finished" or "failed" || DateTime.UtcNow > until)
            {
                return state;
            }

            await Task.Delay(200);
        }
    }

    /// <summary>
    /// The tables <c>overgang simulate --database</c> prints for this registry and reform (with its costs): the same
    /// population reader, period, simulation and unit costs, called here directly.
    /// </summary>
    public static ImmutableArray<ReportTable> Expected(WebServer server, string reformName) => ReformTables.All(Simulate(server, reformName));

    /// <summary>The costs <c>overgang simulate --database</c> prints for this registry and reform: current policy, the reform and the counterfactual.</summary>
    public static Overgang.Analysis.Costs.CostReport ExpectedCosts(WebServer server, string reformName) => Simulate(server, reformName).Costs!;

    private static ReformReport Simulate(WebServer server, string reformName)
    {
        var parameters = ParameterTree.Default;
        var reform = ShippedReforms.All(parameters).Single(r => r.Name == reformName);
        Assert.True(ReformPeriod.TryDefault(parameters, WebServer.Today, out var date, out var from, out var to, out _));
        var population = PopulationStore.Read(server.Database, WebServer.Today);
        Assert.True(Overgang.Analysis.Costs.CostSimulation.TryRun(PopulationIndex.Of(population), parameters, reform, date, ReformPeriod.Months(from, to), "test",
            Overgang.Analysis.Costs.CostData.Default, Overgang.Analysis.Costs.CostModel.DefaultDraws, Overgang.Analysis.Costs.CostModel.DefaultSeed, out var report, out _));
        return report;
    }

    /// <summary>Every person id and family name of the registry (for the checks that none is shown).</summary>
    public static (ImmutableArray<string> Ids, ImmutableArray<string> FamilyNames) Persons(WebServer server)
    {
        using var context = server.Database.Open();
        var persons = context.Persons.Select(p => new { p.Id, p.FamilyName }).ToList();
        return ([.. persons.Select(p => p.Id)], [.. persons.Select(p => p.FamilyName).Where(n => n.Length > 3).Distinct()]);
    }

    /// <summary>The ids and family names of the registry found in a text (words, not parts of words).</summary>
    public static IReadOnlyList<string> PersonalData(WebServer server, string text)
    {
        var (ids, names) = Persons(server);
        var words = System.Text.RegularExpressions.Regex.Split(text, @"[^\p{L}\p{N}_-]+").ToHashSet(StringComparer.Ordinal);
        return [.. ids.Where(words.Contains), .. names.Where(words.Contains)];
    }
}
