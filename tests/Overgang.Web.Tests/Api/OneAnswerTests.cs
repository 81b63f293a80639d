using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Overgang.Analysis.Reforms;
using Overgang.Contracts;
using Overgang.Registry.Model;
using Overgang.Registry.Population;
using Overgang.Registry.Runs;
using Overgang.Registry.Tests.Support;
using Overgang.Rules;
using Overgang.Rules.Parameters;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;
using Xunit.Abstractions;

namespace Overgang.Web.Tests.Api;

/// <summary>
/// One answer everywhere (issue 10): the monthly run, <c>calc</c> (the command line's and the API's JSON contract), the
/// household page and its outlook, <c>/me</c> and <c>simulate</c> give the same living allowance, own contribution and
/// social-assistance estimate (or the same refusal naming the parameter) for the same households in every month from
/// November 2026 to March 2028. The monthly run's stored payments are the reference; every other surface is compared
/// with them, per household and month (or, for the simulation, per month and municipality).
/// </summary>
public sealed class OneAnswerTests(OneAnswerRegistry registry, ITestOutputHelper output) : IClassFixture<OneAnswerRegistry>
{
    private WebServer Server => registry.Server;

    [Fact]
    public async Task EverySurface_EveryMonthNovember2026ToMarch2028_AnswersWhatTheMonthlyRunStored()
    {
        // Given households that cover every path, cohort and provision, and the monthly run of every month
        var watch = Stopwatch.StartNew();
        var sample = registry.Sample();
        var disagreements = new List<string>();
        using var admin = await Server.SignedIn(Server.Account(Roles.Admin).UserName);
        var calculations = 0;

        foreach (var household in sample)
        {
            OutlookSeen? outlook = null;
            for (var month = OneAnswerRegistry.First; month <= OneAnswerRegistry.Last; month = month.PlusMonths(1))
            {
                var text = Text(month);
                var batch = registry.PaymentsOf(household, month);

                // When: the household page (API) for the month
                var page = await admin.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/households/{household}?month={text}", UriKind.Relative));

                // Then: the allowance calculated now is what the run stored
                var shown = page.GetProperty("allowance").EnumerateArray().ToList();
                Compare(disagreements, $"page {household} {text}", batch, shown.Select(PageResult).ToList());

                // And the outlook (the same in every response: from this month on) says so for every month
                outlook ??= new OutlookSeen(page.GetProperty("outlook"));

                // When: calc with the contract document built from the registry rows
                var persons = RegistryRuleInputs.Of(Server.Database, household, month, ParameterTree.Default);
                if (persons.IsEmpty)
                {
                    if (!(batch.Count == 0 || batch is [{ Outcome: "ended-absence", AllowanceCents: 0, ContributionCents: 0 }]))
                    {
                        disagreements.Add($"calc {household} {text}: nobody present in the scheme, but the run stored {Describe(batch)}");
                    }

                    continue;
                }

                var day = month.OnDayOfMonth(1);
                var document = RegistryRuleInputs.CalcDocument(day, persons, day > registry.LastDay);
                calculations++;
                Compare(disagreements, $"calc {household} {text}", batch, CalcResults(ContractJson.Calc(document, ParameterTree.Default)));
            }

            var seen = outlook ?? throw new InvalidOperationException("no page was read");
            foreach (var (month, key, result) in seen.Results)
            {
                var batch = registry.PaymentsOf(household, month).Where(p => p.HouseholdId == key).ToList();
                Compare(disagreements, $"outlook {household} {Text(month)}", batch, [result]);
            }

            for (var month = OneAnswerRegistry.First; month <= OneAnswerRegistry.Last; month = month.PlusMonths(1))
            {
                foreach (var payment in registry.PaymentsOf(household, month).Where(p => !seen.Results.Any(r => r.Month == month && r.Key == p.HouseholdId)))
                {
                    disagreements.Add($"outlook {household} {Text(month)}: {payment.HouseholdId} is not shown");
                }
            }
        }

        // And the HTTP calc answers the very bytes of ContractJson.Calc (one document after protection, with paths)
        var (demoHousehold, demoMonth) = (registry.DemoHousehold, new YearMonth(2027, 6));
        var contract = RegistryRuleInputs.CalcDocument(demoMonth.OnDayOfMonth(1), RegistryRuleInputs.Of(Server.Database, demoHousehold, demoMonth, ParameterTree.Default), afterProtection: true);
        using var posted = await admin.PostAsync(new Uri("/api/v1/calc", UriKind.Relative), new StringContent(contract, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(Assert.IsType<ContractAnswer.Answered>(ContractJson.Calc(contract, ParameterTree.Default)).Json, await posted.Content.ReadAsStringAsync());

        // And /me: the demo person's payment of this month and their outlook track
        var person = Server.Account(Roles.Person);
        using var self = await Server.SignedIn(person.UserName);
        var me = await self.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/me", UriKind.Relative));
        var own = me.GetProperty("allowance");
        var paid = registry.PaymentsOf(demoHousehold, OneAnswerRegistry.First).OrderBy(p => p.HouseholdId, StringComparer.Ordinal).First();
        Compare(disagreements, $"/me {person.Scope} {Text(OneAnswerRegistry.First)}", [paid], [new Result(
            own.GetProperty("householdId").GetString()!, own.GetProperty("outcome").GetString()!, own.GetProperty("allowanceCents").GetInt64(), own.GetProperty("contributionCents").GetInt64(), paid.SocialAssistanceCents, paid.Provision, null)]);
        var track = new OutlookSeen(me.GetProperty("outlook"));
        Assert.Equal(Months().Count(), track.Months.Length);
        foreach (var (month, key, result) in track.Results)
        {
            Compare(disagreements, $"/me outlook {person.Scope} {Text(month)}", [.. registry.PaymentsOf(demoHousehold, month).Where(p => p.HouseholdId == key)], [result]);
        }

        // Then
        output.WriteLine($"{sample.Count} households × {Months().Count()} months: {calculations} calc documents, {watch.Elapsed.TotalSeconds:F1} s (registry and runs {registry.SetUp.TotalSeconds:F1} s)");
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} disagreements between surfaces:\n" + string.Join("\n", disagreements.Take(40)));
        var provisions = sample.SelectMany(h => Months().SelectMany(m => registry.PaymentsOf(h, m))).Select(p => p.Provision ?? p.Outcome).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(["allowance", "social-assistance", "ended", "ended-absence", "not-calculable"], StringComparer.Ordinal), provisions);
    }

    [Fact]
    public void Simulate_TheSameRegistryNovember2026ToMarch2028_TotalsEqualTheSumsOfTheRunsPayments()
    {
        // Given the registry as simulate --database reads it
        var watch = Stopwatch.StartNew();
        var index = PopulationIndex.Of(PopulationStore.Read(Server.Database, WebServer.Today));

        // When
        Assert.True(Microsimulation.TryRun(index, ParameterTree.Default, registry.LastDay, [.. Months()], out var result, out var missing), missing?.Message);

        // Then: per month and municipality, the totals and caseloads are the run's stored payments summed
        var disagreements = new List<string>();
        foreach (var month in Months())
        {
            var payments = registry.Payments[month];
            var simulated = result.Totals.Where(t => t.Month == month).ToDictionary(t => t.MunicipalityCode, StringComparer.Ordinal);
            var stored = payments.Where(p => p.Outcome == "calculated").GroupBy(p => p.MunicipalityCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            foreach (var code in simulated.Keys.Union(stored.Keys).Order(StringComparer.Ordinal))
            {
                var s = simulated.GetValueOrDefault(code);
                var b = stored.GetValueOrDefault(code) ?? [];
                var expected = (b.Sum(p => p.AllowanceCents), b.Sum(p => p.ContributionCents), b.Sum(p => p.SocialAssistanceCents ?? 0),
                    b.Count(p => p.Provision == "allowance"), b.Count(p => p.Provision == "social-assistance"), b.Count(p => p.HandOver), b.Count(p => p.Provision == "ended"));
                var actual = s is null ? default : (s.Allowance.Cents, s.Contribution.Cents, s.SocialAssistance.Cents, s.Households, s.SocialAssistanceHouseholds, s.HandedOver, s.EndedHouseholds);
                if (expected != actual)
                {
                    disagreements.Add($"simulate {Text(month)} {code}: run (allowance, contribution, social assistance, allowance/social-assistance/handed-over/ended households) {expected}, simulation {actual}");
                }
            }

            var totals = (payments.Sum(p => p.AllowanceCents), payments.Sum(p => p.ContributionCents), payments.Sum(p => p.SocialAssistanceCents ?? 0));
            var simulatedTotals = (result.Totals.Where(t => t.Month == month).Sum(t => t.Allowance.Cents), result.Totals.Where(t => t.Month == month).Sum(t => t.Contribution.Cents), result.Totals.Where(t => t.Month == month).Sum(t => t.SocialAssistance.Cents));
            if (totals != simulatedTotals)
            {
                disagreements.Add($"simulate {Text(month)}: run totals {totals}, simulation {simulatedTotals}");
            }
        }

        // And the household-months that are not calculated are the same, by reason (the refused parameter)
        var storedOutcomes = Months().SelectMany(m => registry.Payments[m].Where(p => p.HouseholdId.EndsWith("#1", StringComparison.Ordinal)))
            .GroupBy(Outcome, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var simulatedOutcomes = result.Outcomes.Where(o => o.Key != "not-in-municipal-scheme").ToDictionary(o => o.Key, o => o.Value, StringComparer.Ordinal);
        output.WriteLine("household-months by outcome: " + string.Join(", ", storedOutcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {o.Value}")));
        output.WriteLine($"simulation: {watch.Elapsed.TotalSeconds:F1} s");
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} disagreements:\n" + string.Join("\n", disagreements.Take(40)));
        Assert.Equal(storedOutcomes.OrderBy(o => o.Key, StringComparer.Ordinal), simulatedOutcomes.OrderBy(o => o.Key, StringComparer.Ordinal));
    }

    private static IEnumerable<YearMonth> Months()
    {
        for (var month = OneAnswerRegistry.First; month <= OneAnswerRegistry.Last; month = month.PlusMonths(1))
        {
            yield return month;
        }
    }

    private static string Text(YearMonth month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>A registered household's month in the simulation's outcome names, from its first stored payment.</summary>
    private static string Outcome(PaymentRecord payment) => payment.Outcome switch
    {
        "not-calculable" when Refusal(payment.Explanation) is { Parameter: { } parameter } => Microsimulation.ParameterUnknown + parameter,
        "not-calculable" => "path-missing",
        var other => other,
    };

    /// <summary>What a surface answered for one allowance household: amounts in cents, and the refusal where there is one.</summary>
    private sealed record Result(string? Key, string Outcome, long Allowance, long Contribution, long? SocialAssistance, string? Provision, InputError? Refusal);

    /// <summary>The payments a run stored, read back as a result.</summary>
    private static Result Stored(PaymentRecord p) =>
        new(p.HouseholdId, p.Outcome, p.AllowanceCents, p.ContributionCents, p.SocialAssistanceCents, p.Provision, p.Outcome is "not-calculable" or "invalid-relations" ? Refusal(p.Explanation) : null);

    /// <summary>The refusal a not-calculable payment stores (its explanation; a calculated one stores its steps in stored form).</summary>
    private static InputError? Refusal(string? explanation)
    {
        if (explanation is null)
        {
            return null;
        }

        using var json = JsonDocument.Parse(explanation);
        var root = json.RootElement;
        return root.ValueKind == JsonValueKind.Object
            ? new InputError(root.GetProperty("Field").GetString()!, root.GetProperty("Message").GetString()!, root.GetProperty("Parameter").GetString())
            : null;
    }

    private static Result PageResult(JsonElement view)
    {
        var outcome = view.GetProperty("outcome").GetString()!;
        var problem = view.GetProperty("problem");
        return new Result(view.GetProperty("key").GetString(), outcome, Cents(view.GetProperty("allowance")), Cents(view.GetProperty("contribution")), null, null,
            problem.ValueKind == JsonValueKind.String && outcome != "ended-absence" ? Refusal(problem.GetString()!) : null);
    }

    /// <summary>calc's households in order (the keys #1, #2, ... of the run), or its refusal as the run's single #1.</summary>
    private static List<Result> CalcResults(ContractAnswer answer)
    {
        if (answer is ContractAnswer.Refused refused)
        {
            return [new Result(null, "refused", 0, 0, null, null, refused.Error)];
        }

        using var json = JsonDocument.Parse(((ContractAnswer.Answered)answer).Json);
        return [.. json.RootElement.GetProperty("households").EnumerateArray().Select(h => new Result(
            null,
            "calculated",
            Cents(h.GetProperty("allowance")),
            Cents(h.GetProperty("contribution")),
            h.TryGetProperty("socialAssistance", out var assistance) && assistance.ValueKind == JsonValueKind.Object ? Cents(assistance.GetProperty("amount")) : null,
            h.TryGetProperty("provision", out var provision) ? provision.GetString() : null,
            null))];
    }

    /// <summary>
    /// Records where a surface's results differ from the run's payments: the same number of allowance households, and
    /// for each the outcome (a refusal matches <c>not-calculable</c> or <c>invalid-relations</c>), allowance,
    /// contribution, and (where the surface says them) the social-assistance estimate, the provision and the refusal.
    /// </summary>
    private static void Compare(List<string> disagreements, string where, IReadOnlyList<PaymentRecord> batch, IReadOnlyList<Result> surface)
    {
        if (batch.Count != surface.Count)
        {
            disagreements.Add($"{where}: the run stored {Describe(batch)}, the surface answered {string.Join("; ", surface)}");
            return;
        }

        var ordered = batch.OrderBy(p => p.HouseholdId, StringComparer.Ordinal).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var expected = Stored(ordered[i]);
            var actual = surface[i];
            var same = (actual.Key is null || actual.Key == expected.Key)
                && (actual.Outcome == expected.Outcome || (actual.Outcome == "refused" && expected.Outcome is "not-calculable" or "invalid-relations"))
                && actual.Allowance == expected.Allowance
                && actual.Contribution == expected.Contribution
                && (actual.Outcome != "calculated" || actual.SocialAssistance == expected.SocialAssistance || (actual.SocialAssistance is null && actual.Provision is null))
                && (actual.Provision is null || actual.Provision == expected.Provision)
                && (expected.Refusal is null || actual.Refusal is null || actual.Refusal == expected.Refusal || actual.Refusal.Message == expected.Refusal.Field + ": " + expected.Refusal.Message);
            if (!same)
            {
                disagreements.Add($"{where} {expected.Key}: the run stored {expected}, the surface answered {actual}");
            }
        }
    }

    private static string Describe(IEnumerable<PaymentRecord> batch) => "[" + string.Join("; ", batch.Select(Stored)) + "]";

    private static long Cents(JsonElement euros) => Money.FromEuros(euros.GetDecimal()).Cents;

    /// <summary>The outlook's months with a payment key, read from a response's <c>outlook</c>.</summary>
    private sealed class OutlookSeen
    {
        public OutlookSeen(JsonElement outlook)
        {
            Assert.Equal(Text(OneAnswerRegistry.First), outlook.GetProperty("from").GetString());
            Assert.Equal(Text(OneAnswerRegistry.Last), outlook.GetProperty("until").GetString());
            var months = outlook.GetProperty("households").EnumerateArray().SelectMany(t => t.GetProperty("months").EnumerateArray()).ToList();
            Months = [.. months.Select(m => m.GetProperty("month").GetString()!).Distinct(StringComparer.Ordinal)];
            Results = [.. months.Where(m => m.GetProperty("key").ValueKind == JsonValueKind.String)
                .Select(m =>
                {
                    var month = YearMonthPattern.Iso.Parse(m.GetProperty("month").GetString()!).Value;
                    var outcome = m.GetProperty("outcome").GetString()!;
                    var problem = m.GetProperty("problem");
                    return (month, m.GetProperty("key").GetString()!, new Result(
                        m.GetProperty("key").GetString(),
                        outcome,
                        Cents(m.GetProperty("allowance")),
                        Cents(m.GetProperty("contribution")),
                        m.GetProperty("socialAssistance").ValueKind == JsonValueKind.Number ? Cents(m.GetProperty("socialAssistance")) : null,
                        m.GetProperty("provision").GetString(),
                        problem.ValueKind == JsonValueKind.String ? new InputError("", problem.GetString()!) : null));
                })
                .DistinctBy(r => (r.month, r.Item2))];
        }

        public ImmutableArray<string> Months { get; }

        public ImmutableArray<(YearMonth Month, string Key, Result Result)> Results { get; }
    }
}

/// <summary>
/// A registry of its own for <see cref="OneAnswerTests"/> (the shared server's registry is changed by other tests):
/// the web application over a generated population with its decisions for the last day of protection, and the
/// monthly run of every month from November 2026 to March 2028.
/// </summary>
public sealed class OneAnswerRegistry : IAsyncLifetime
{
    public static readonly YearMonth First = new(2026, 11);

    public static readonly YearMonth Last = new(2028, 3);

    public WebServer Server { get; } = new();

    /// <summary>The stored payments of each month's run.</summary>
    public ImmutableDictionary<YearMonth, ImmutableArray<PaymentRecord>> Payments { get; private set; } = ImmutableDictionary<YearMonth, ImmutableArray<PaymentRecord>>.Empty;

    public LocalDate LastDay { get; private set; }

    /// <summary>The household of the first demo person (for <c>/me</c>).</summary>
    public string DemoHousehold { get; private set; } = "";

    public TimeSpan SetUp { get; private set; }

    /// <summary>A household with a member without protection registration or decision (see <see cref="Unregister"/>).</summary>
    public string Unregistered { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var watch = Stopwatch.StartNew();
        await Server.StartAsync("sqlite", WebServer.Persons);
        Assert.True(ParameterTree.Default.TryRead("transition.protection.last-day", WebServer.Today, out var lastDay, out var missing), missing?.Message);
        LastDay = lastDay.Date;
        Unregistered = Unregister();
        var clock = new TestClock(WebServer.Today.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().Plus(Duration.FromHours(10)));
        var payments = ImmutableDictionary.CreateBuilder<YearMonth, ImmutableArray<PaymentRecord>>();
        for (var month = First; month <= Last; month = month.PlusMonths(1))
        {
            // Rerun: Unregister changed the registry behind the revision's back, so a month run before it must not be reused.
            var run = AllowanceRun.Execute(Server.Database, month, ParameterTree.Default, clock, new RunOptions(Rerun: true));
            using var context = Server.Database.Open();
            payments[month] = [.. context.Payments.AsNoTracking().Where(p => p.RunId == run.Id).ToList().OrderBy(p => p.HouseholdId, StringComparer.Ordinal)];
        }

        Payments = payments.ToImmutable();
        using (var context = Server.Database.Open())
        {
            var person = Server.Account(Roles.Person).Scope;
            DemoHousehold = context.Persons.AsNoTracking().Single(p => p.Id == person).HouseholdId;
        }

        SetUp = watch.Elapsed;
    }

    public Task DisposeAsync() => Server.DisposeAsync();

    /// <summary>
    /// Takes the protection registration (and so the transition decision and tasks) away from the youngest member of
    /// a transition-document family, as for a child born here and not yet registered: after protection the rules
    /// cannot answer for that family (the refusal names <c>persons[i].path</c>), and every surface must say so alike.
    /// </summary>
    private string Unregister()
    {
        using var context = Server.Database.Open();
        var demo = context.Persons.AsNoTracking().Single(p => p.Id == Server.Account(Roles.Person).Scope).HouseholdId;
        var paths = context.Decisions.AsNoTracking().Select(d => new { d.PersonId, d.Path }).ToList().ToLookup(d => d.PersonId, d => d.Path, StringComparer.Ordinal);
        var family = context.Persons.AsNoTracking().ToList().GroupBy(p => p.HouseholdId).OrderBy(g => g.Key, StringComparer.Ordinal)
            .First(g => g.Key != demo && g.Count() > 2 && g.All(p => paths[p.Id].Contains("transition-document")));
        var child = family.MaxBy(p => p.BirthDate)!.Id;
        context.Tasks.Where(t => t.PersonId == child).ExecuteDelete();
        context.Decisions.Where(d => d.PersonId == child).ExecuteDelete();
        context.Protections.Where(p => p.PersonId == child).ExecuteDelete();
        return family.Key;
    }

    /// <summary>The payments of a registered household in a month, by key.</summary>
    public IReadOnlyList<PaymentRecord> PaymentsOf(string household, YearMonth month) =>
        [.. Payments[month].Where(p => p.HouseholdId.StartsWith(household + "#", StringComparison.Ordinal))];

    /// <summary>
    /// Households chosen to cover every path and provision: the first (by id) for every combination of its members'
    /// paths, a transition-document household in each hand-over cohort, one with income, one with a member away longer
    /// than the maximum, one the rules split into two allowance households, one with a month that cannot be calculated,
    /// and the demo person's.
    /// </summary>
    public IReadOnlyList<string> Sample()
    {
        using var context = Server.Database.Open();
        var paid = Payments.Values.SelectMany(p => p).Select(p => p.HouseholdId[..p.HouseholdId.IndexOf('#', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);
        var persons = context.Persons.AsNoTracking().Select(p => new { p.Id, p.HouseholdId }).ToList().Where(p => paid.Contains(p.HouseholdId)).ToList();
        var paths = context.Decisions.AsNoTracking().Select(d => new { d.PersonId, d.Path, d.RunId }).ToList().GroupBy(d => d.PersonId).ToDictionary(g => g.Key, g => g.MaxBy(d => d.RunId)!.Path, StringComparer.Ordinal);
        var since = context.Protections.AsNoTracking().Where(p => p.MemberState == "NL").Select(p => new { p.PersonId, p.Since }).ToList().GroupBy(p => p.PersonId).ToDictionary(g => g.Key, g => g.Min(p => p.Since), StringComparer.Ordinal);
        var households = persons.GroupBy(p => p.HouseholdId).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var chosen = new List<string>();
        void Add(string? household)
        {
            if (household is not null && !chosen.Contains(household))
            {
                chosen.Add(household);
            }
        }

        foreach (var combination in households.GroupBy(g => string.Join(",", g.Select(p => paths.GetValueOrDefault(p.Id, "none")).Distinct().Order(StringComparer.Ordinal)), StringComparer.Ordinal))
        {
            Add(combination.First().Key);
        }

        Assert.True(ParameterTree.Default.TryRead("provisions.hand-over.cohort-1.arrived-until", LastDay, out var cohort1, out var missing), missing?.Message);
        Assert.True(ParameterTree.Default.TryRead("provisions.hand-over.cohort-2.arrived-until", LastDay, out var cohort2, out missing), missing?.Message);
        var transitionDocuments = households.Where(g => g.All(p => paths.GetValueOrDefault(p.Id) == "transition-document") && g.All(p => since.ContainsKey(p.Id))).ToList();
        Add(transitionDocuments.FirstOrDefault(g => g.Min(p => since[p.Id]) <= cohort1.Date)?.Key);
        Add(transitionDocuments.FirstOrDefault(g => g.Min(p => since[p.Id]) > cohort1.Date && g.Min(p => since[p.Id]) <= cohort2.Date)?.Key);
        Add(transitionDocuments.FirstOrDefault(g => g.Min(p => since[p.Id]) > cohort2.Date)?.Key);

        var first = First.OnDayOfMonth(1);
        var last = Last.OnDayOfMonth(31);
        var earning = context.Incomes.AsNoTracking().AsEnumerable().Where(i => i.Months.Months.Any(m => m.AmountCents > 0 && m.Month >= first && m.Month <= last)).Select(i => i.PersonId).ToHashSet(StringComparer.Ordinal);
        Add(households.FirstOrDefault(g => g.Any(p => earning.Contains(p.Id)))?.Key);
        Add(households.FirstOrDefault(g => g.Any(p => earning.Contains(p.Id)) && g.All(p => paths.GetValueOrDefault(p.Id) == "transition-document"))?.Key);
        Add(Payments.Values.SelectMany(p => p).Where(p => p.Outcome == "ended-absence").Select(p => p.HouseholdId.Split('#')[0]).Order(StringComparer.Ordinal).FirstOrDefault());
        var away = context.Absences.AsNoTracking().Where(a => a.To >= first && a.From <= last).Select(a => a.PersonId).ToHashSet(StringComparer.Ordinal);
        Add(households.FirstOrDefault(g => g.Count() > 1 && g.Any(p => away.Contains(p.Id)))?.Key);
        Add(Payments.Values.SelectMany(p => p).Where(p => p.HouseholdId.EndsWith("#2", StringComparison.Ordinal)).Select(p => p.HouseholdId.Split('#')[0]).Order(StringComparer.Ordinal).FirstOrDefault());
        Add(Payments.Values.SelectMany(p => p).Where(p => p.Outcome is "not-calculable" or "invalid-relations").Select(p => p.HouseholdId.Split('#')[0]).Order(StringComparer.Ordinal).FirstOrDefault());
        Add(DemoHousehold);
        Add(Unregistered);
        return chosen;
    }
}
