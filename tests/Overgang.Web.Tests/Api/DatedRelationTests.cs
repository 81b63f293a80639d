using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Analysis.Reforms;
using Overgang.Contracts;
using Overgang.Registry.Model;
using Overgang.Registry.Population;
using Overgang.Registry.Runs;
using Overgang.Registry.Tests.Support;
using Overgang.Rules.Allowance;
using Overgang.Rules.Parameters;
using Overgang.Rules.Placements;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Api;

/// <summary>
/// Dated relations (docs/adr/0014-dated-relations.md) on every surface: partners who separated on 15 November (their
/// partnership's last day 14 November), ended through the API, are one allowance household in November and two in
/// December in the monthly run, in <c>calc</c> from the registry rows, on the household page (API) and in the
/// simulation's reading of the same registry; and a rerun of November pays what November paid before the change.
/// </summary>
public sealed class DatedRelationTests(SeparationRegistry registry) : IClassFixture<SeparationRegistry>
{
    private static readonly YearMonth _november = new(2026, 11);
    private static readonly YearMonth _december = new(2026, 12);

    private WebServer Server => registry.Server;

    [Fact]
    public async Task A_partnership_ended_mid_month_keeps_the_months_before_and_splits_the_household_from_the_next_month_on_every_surface()
    {
        // Given: the couple's November as paid before the change
        var (household, first, second) = (registry.Household, registry.First, registry.Second);
        var paidBefore = Of(registry.Run(_november), household);
        Assert.Equal([household + "#1"], paidBefore.Select(p => p.Key));
        Assert.Equal(2, paidBefore[0].Members);

        // When: a case worker records that they separated on 15 November (the partnership's last day 14 November)
        using var admin = await Server.SignedIn(Server.Account(Roles.Admin).UserName);
        long version;
        using (var context = Server.Database.Open())
        {
            version = context.Persons.AsNoTracking().Single(p => p.Id == first).Version;
        }

        using var ended = await PlacementApiTests.SendAsync(admin, first, version,
            JsonSerializer.Serialize(new { relation = new { action = "end", relation = "partner", relatedId = second, to = "2026-11-14" } }));
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);

        // Then: a rerun of November pays exactly what November paid; December pays two households of one
        var november = Of(registry.Run(_november), household);
        Assert.Equal(paidBefore, november);
        var december = Of(registry.Run(_december), household);
        Assert.Equal([household + "#1", household + "#2"], december.Select(p => p.Key));
        Assert.All(december, p => Assert.Equal(1, p.Members));

        // And every other surface gives the run's households and amounts for both months
        var index = PopulationIndex.Of(PopulationStore.Read(Server.Database, WebServer.Today));
        var indexed = index.Households.Single(h => h.Id == household);
        foreach (var (month, run) in new[] { (_november, november), (_december, december) })
        {
            var text = $"{month.Year:D4}-{month.Month:D2}";
            var runCents = run.Sum(p => p.AllowanceCents);

            // calc, with the contract document built from the registry rows
            var persons = RegistryRuleInputs.Of(Server.Database, household, month, ParameterTree.Default);
            var answer = Assert.IsType<ContractAnswer.Answered>(ContractJson.Calc(RegistryRuleInputs.CalcDocument(month.OnDayOfMonth(1), persons, afterProtection: false), ParameterTree.Default));
            using var calc = JsonDocument.Parse(answer.Json);
            var calcHouseholds = calc.RootElement.GetProperty("households").EnumerateArray().ToList();
            Assert.Equal(run.Count, calcHouseholds.Count);
            Assert.Equal(runCents, calcHouseholds.Sum(h => Cents(h.GetProperty("allowance"))));

            // the household page (API)
            var page = await admin.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/households/{household}?month={text}", UriKind.Relative));
            var shown = page.GetProperty("allowance").EnumerateArray().ToList();
            Assert.Equal(run.Count, shown.Count);
            Assert.Equal(runCents, shown.Sum(h => Cents(h.GetProperty("allowance"))));

            // the simulation's reading of the same registry
            Assert.True(AbsenceRule.TryFor(ParameterTree.Default, month, out var absence, out var missing), missing?.Message);
            var simulated = HouseholdMonth.Calculate(PopulationIndex.MembersOn(indexed, month.OnDayOfMonth(1)), index.AwayOverMaximum(absence), AllowanceSchedule.For(ParameterTree.Default, month.OnDayOfMonth(1)), explain: false);
            var households = Assert.IsType<AllowanceAnswer.Calculated>(simulated.Answer).Households;
            Assert.Equal(run.Count, households.Length);
            Assert.Equal(runCents, households.Sum(h => h.Allowance.Cents));
        }

        // And the ended partnership is stored for both, from an unknown start to its last day
        using var read = Server.Database.Open();
        var rows = read.EndedPartnerships.AsNoTracking().Where(e => e.PersonId == first || e.PersonId == second).OrderBy(e => e.PersonId).ToList();
        Assert.Equal([(first, second, (LocalDate?)null, new LocalDate(2026, 11, 14)), (second, first, null, new LocalDate(2026, 11, 14))], rows.Select(e => (e.PersonId, e.PartnerId, e.From, e.To)));
    }

    private static long Cents(JsonElement euros) => (long)Math.Round(euros.GetDecimal() * 100);

    private static List<(string Key, int Members, long AllowanceCents, long ContributionCents, string Outcome)> Of(IReadOnlyList<PaymentRecord> payments, string household) =>
        [.. payments.Where(p => p.HouseholdId.StartsWith(household + "#", StringComparison.Ordinal)).OrderBy(p => p.HouseholdId, StringComparer.Ordinal)
            .Select(p => (p.HouseholdId, p.Members, p.AllowanceCents, p.ContributionCents, p.Outcome))];
}

/// <summary>A registry of its own (the change and the runs change it) with a household of two partners, both in the municipal scheme in November and December 2026.</summary>
public sealed class SeparationRegistry : IAsyncLifetime
{
    private readonly TestClock _clock = new(WebServer.Today.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().Plus(Duration.FromHours(10)));

    public WebServer Server { get; } = new();

    public string Household { get; private set; } = "";

    public string First { get; private set; } = "";

    public string Second { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await Server.StartAsync("sqlite", WebServer.Persons);
        using var context = Server.Database.Open();
        var withParents = context.Parents.AsNoTracking().Select(p => p.PersonId).Concat(context.Parents.AsNoTracking().Select(p => p.ParentId)).ToHashSet(StringComparer.Ordinal);
        var placements = context.Placements.AsNoTracking().ToList().ToLookup(p => p.PersonId, StringComparer.Ordinal);
        var absent = context.Absences.AsNoTracking().Select(a => a.PersonId).ToHashSet(StringComparer.Ordinal);
        bool InScheme(string id) => new[] { new LocalDate(2026, 11, 1), new LocalDate(2026, 12, 1) }
            .All(day => PlacementOnDay.Pick(placements[id], p => new PlacementPeriod(p.From, p.To, p.Reception), day) is { } p && PlacementOnDay.IsInScheme(p.Reception));
        var couple = context.Persons.AsNoTracking().ToList().GroupBy(p => p.HouseholdId).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderBy(p => p.Id, StringComparer.Ordinal).ToList())
            .First(g => g.Count == 2 && g[0].PartnerId == g[1].Id && g[1].PartnerId == g[0].Id
                && g.All(p => !withParents.Contains(p.Id) && !absent.Contains(p.Id) && InScheme(p.Id)));
        (Household, First, Second) = (couple[0].HouseholdId, couple[0].Id, couple[1].Id);
    }

    /// <summary>Runs the monthly run of a month again on the registry as it is now; its payments.</summary>
    public IReadOnlyList<PaymentRecord> Run(YearMonth month)
    {
        var run = AllowanceRun.Execute(Server.Database, month, ParameterTree.Default, _clock, new RunOptions(Rerun: true));
        using var context = Server.Database.Open();
        return [.. context.Payments.AsNoTracking().Where(p => p.RunId == run.Id)];
    }

    public Task DisposeAsync() => Server.DisposeAsync();
}
