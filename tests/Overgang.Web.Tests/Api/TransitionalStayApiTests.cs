using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Contracts;
using Overgang.Registry.Runs;
using Overgang.Registry.Tests.Support;
using Overgang.Rules.Parameters;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Api;

/// <summary>
/// Transitional stays (issue 16) through the API: the IND decides, the rules refuse a stay without its ground, and a
/// household under a stay keeps its living allowance in the monthly run, in <c>calc</c> and on the household page
/// alike, until the day after the stay ends.
/// </summary>
public sealed class TransitionalStayApiTests(StayRegistry registry) : IClassFixture<StayRegistry>
{
    private WebServer Server => registry.Server;

    [Fact]
    public async Task A_stay_without_its_ground_is_refused_naming_kind_and_nothing_is_stored()
    {
        // Given a person not in medical treatment
        string person;
        using (var context = Server.Database.Open())
        {
            person = context.Persons.AsNoTracking().Where(p => !p.MedicalTreatment).OrderBy(p => p.Id).Select(p => p.Id).First();
        }

        using var ind = await Server.SignedIn(Server.Account(Roles.Ind).UserName);

        // When
        var response = await ind.PostAsJsonAsync(new Uri($"/api/v1/persons/{person}/transitional-stays", UriKind.Relative),
            new { kind = "medical-treatment", from = "2027-03-05", until = "2027-06-30", reason = "test" });

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("kind", problem.GetProperty("field").GetString());
        Assert.Contains("medical treatment", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var read = Server.Database.Open();
        Assert.False(read.TransitionalStays.AsNoTracking().Any(s => s.PersonId == person));
    }

    [Theory]
    [InlineData("until", """{ "kind": "medical-treatment", "from": "2027-03-05", "until": "2027-03-04", "reason": "x" }""")]
    [InlineData("from", """{ "kind": "medical-treatment", "from": "5 maart", "until": "2027-03-04", "reason": "x" }""")]
    [InlineData("kind", """{ "kind": "holiday", "from": "2027-03-05", "until": "2027-06-30", "reason": "x" }""")]
    [InlineData("reason", """{ "kind": "medical-treatment", "from": "2027-03-05", "until": "2027-06-30", "reason": " " }""")]
    public async Task Bad_input_is_refused_naming_the_field(string field, string body)
    {
        using var ind = await Server.SignedIn(Server.Account(Roles.Ind).UserName);
        var response = await ind.PostAsync(new Uri($"/api/v1/persons/{Server.Account(Roles.Person).Scope}/transitional-stays", UriKind.Relative),
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
    }

    [Fact]
    public async Task Under_a_stay_the_monthly_run_calc_and_the_household_page_give_the_same_allowance_until_the_day_after_it_ends()
    {
        // Given a household whose paths end the municipal provisions after protection (asylum procedure and the like)
        var household = registry.Household;
        using var ind = await Server.SignedIn(Server.Account(Roles.Ind).UserName);
        using var admin = await Server.SignedIn(Server.Account(Roles.Admin).UserName);
        var before = registry.Run(new YearMonth(2027, 6));
        Assert.Equal(0, before.Where(p => p.HouseholdId.StartsWith(household + "#", StringComparison.Ordinal)).Sum(p => p.AllowanceCents));

        // When the IND decides a medical stay until 30 September 2027 for every member
        foreach (var member in registry.Members)
        {
            var decided = await ind.PostAsJsonAsync(new Uri($"/api/v1/persons/{member}/transitional-stays", UriKind.Relative),
                new { kind = "medical-treatment", from = "2027-03-05", until = "2027-09-30", reason = "behandeling loopt" });
            Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
            var list = await decided.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("2027-10-01", list.GetProperty("stays")[0].GetProperty("consequencesFrom").GetString());
        }

        // Then: in June the allowance is paid, in October it has ended, and every surface says the same
        foreach (var (month, paid) in new[] { (new YearMonth(2027, 6), true), (new YearMonth(2027, 9), true), (new YearMonth(2027, 10), false) })
        {
            var run = registry.Run(month).Where(p => p.HouseholdId.StartsWith(household + "#", StringComparison.Ordinal)).ToList();
            var runCents = run.Sum(p => p.AllowanceCents);
            Assert.True(paid ? runCents > 0 : runCents == 0, $"{household} {month}: the run paid {runCents} cents: {string.Join("; ", run.Select(p => $"{p.HouseholdId} {p.Outcome} {p.AllowanceCents}"))}");

            var persons = RegistryRuleInputs.Of(Server.Database, household, month, ParameterTree.Default);
            var answer = Assert.IsType<ContractAnswer.Answered>(ContractJson.Calc(RegistryRuleInputs.CalcDocument(month.OnDayOfMonth(1), persons, afterProtection: true), ParameterTree.Default));
            using var calc = JsonDocument.Parse(answer.Json);
            var calcCents = calc.RootElement.GetProperty("households").EnumerateArray().Sum(h => (long)Math.Round(h.GetProperty("allowance").GetDecimal() * 100));
            Assert.Equal(runCents, calcCents);

            var page = await admin.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/households/{household}?month={month.Year:D4}-{month.Month:D2}", UriKind.Relative));
            var pageCents = page.GetProperty("allowance").EnumerateArray().Sum(h => (long)Math.Round(h.GetProperty("allowance").GetDecimal() * 100));
            Assert.Equal(runCents, pageCents);
        }

        // And the decision was audited, the reason kept as the person's data
        using var context = Server.Database.Open();
        Assert.Equal(registry.Members.Count, context.Audit.AsNoTracking().Count(a => a.Action == "transitional-stay.decide"));
        Assert.All(context.TransitionalStays.AsNoTracking().Where(s => registry.Members.Contains(s.PersonId)).ToList(), s => Assert.Equal("behandeling loopt", s.Reason));
    }
}

/// <summary>A registry of its own (the stays and runs change it) with a household whose provisions end after protection.</summary>
public sealed class StayRegistry : IAsyncLifetime
{
    private readonly TestClock _clock = new(WebServer.Today.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().Plus(Duration.FromHours(10)));

    public WebServer Server { get; } = new();

    public string Household { get; private set; } = "";

    public IReadOnlyList<string> Members { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await Server.StartAsync("sqlite", WebServer.Persons);
        var paidBefore = Run(new YearMonth(2027, 2)).Where(p => p.AllowanceCents > 0).Select(p => p.HouseholdId[..p.HouseholdId.IndexOf('#', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);
        using var context = Server.Database.Open();
        var ended = new[] { "asylum-procedure", "not-entitled", "protection-ended", "other-status" };
        var paths = context.Decisions.AsNoTracking().Select(d => new { d.PersonId, d.Path, d.RunId }).ToList()
            .GroupBy(d => d.PersonId).ToDictionary(g => g.Key, g => g.MaxBy(d => d.RunId)!.Path, StringComparer.Ordinal);
        var placed = context.Placements.AsNoTracking().Select(p => p.PersonId).ToHashSet(StringComparer.Ordinal);
        var household = context.Persons.AsNoTracking().ToList().GroupBy(p => p.HouseholdId).OrderBy(g => g.Key, StringComparer.Ordinal)
            .First(g => paidBefore.Contains(g.Key) && g.All(p => paths.TryGetValue(p.Id, out var path) && ended.Contains(path) && placed.Contains(p.Id)));
        Household = household.Key;
        Members = [.. household.Select(p => p.Id)];

        // The medical-treatment flag, as a case worker would record it: the ground of a medical stay.
        context.Persons.Where(p => p.HouseholdId == Household).ExecuteUpdate(s => s.SetProperty(p => p.MedicalTreatment, true));
    }

    /// <summary>Runs the monthly run of a month again on the registry as it is now; its payments.</summary>
    public IReadOnlyList<Registry.Model.PaymentRecord> Run(YearMonth month)
    {
        var run = AllowanceRun.Execute(Server.Database, month, ParameterTree.Default, _clock, new RunOptions(Rerun: true));
        using var context = Server.Database.Open();
        return [.. context.Payments.AsNoTracking().Where(p => p.RunId == run.Id)];
    }

    public Task DisposeAsync() => Server.DisposeAsync();
}
