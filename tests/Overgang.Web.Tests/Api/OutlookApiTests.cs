using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Rules.Allowance;
using Overgang.Rules.Parameters;
using Overgang.Rules.Provisions;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Api;

[Collection(ApiFixtures.Name)]
public sealed class OutlookApiTests(WebServer server)
{
    [Fact]
    public async Task Household_Outlook_EveryMonthsAmounts_EqualTheRuleForTheRegistryRows()
    {
        // Given households of the case worker's municipality with a member on each path after protection
        var targets = Targets.Of(server);
        var client = await Callers.For(server, Who.CaseWorkerOwn);
        var households = Households(targets.Municipality);
        Assert.NotEmpty(households);
        var socialAssistanceMonths = 0;

        foreach (var household in households)
        {
            // When
            var view = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/households/" + household, UriKind.Relative));

            // Then: every month of every allowance household is what the rule answers for the registry's rows
            var outlook = view.GetProperty("outlook");
            Assert.Equal(WebServer.Today.ToYearMonth().ToString("yyyy-MM", null), outlook.GetProperty("from").GetString());
            Assert.Equal("2028-03", outlook.GetProperty("until").GetString());
            Assert.Equal("2027-03-04", outlook.GetProperty("protectionLastDay").GetString());
            var shown = outlook.GetProperty("households").EnumerateArray().SelectMany(t => t.GetProperty("months").EnumerateArray())
                .Where(m => m.GetProperty("key").ValueKind == JsonValueKind.String)
                .GroupBy(m => (m.GetProperty("month").GetString()!, m.GetProperty("key").GetString()!)).ToDictionary(g => g.Key, g => g.First());
            for (var month = WebServer.Today.ToYearMonth(); month <= new YearMonth(2028, 3); month = month.PlusMonths(1))
            {
                var text = month.ToString("yyyy-MM", null);
                var answer = Rule(household, month);
                if (answer is null)
                {
                    Assert.False(shown.ContainsKey((text, household + "#1")), $"{household} in {text}: nobody is in the scheme");
                    continue;
                }

                if (answer is not AllowanceAnswer.Calculated calculated)
                {
                    Assert.Equal("not-calculable", shown[(text, household + "#1")].GetProperty("outcome").GetString());
                    continue;
                }

                for (var i = 0; i < calculated.Households.Length; i++)
                {
                    var expected = calculated.Households[i];
                    var actual = shown[(text, $"{household}#{i + 1}")];
                    var where = $"{household}#{i + 1} in {text}";
                    Assert.True(actual.GetProperty("outcome").GetString() == "calculated", where);
                    Assert.True(ProvisionNames.Of(expected.Provision) == actual.GetProperty("provision").GetString(), where);
                    Assert.True(expected.Allowance.Euros == actual.GetProperty("allowance").GetDecimal(), where + ": allowance");
                    Assert.True(expected.Contribution.Euros == actual.GetProperty("contribution").GetDecimal(), where + ": contribution");
                    Assert.True(expected.SocialAssistance?.Amount.Euros == Decimal(actual.GetProperty("socialAssistance")), where + ": social assistance");
                    Assert.True(expected.HealthInsurance?.Premium?.Euros == (actual.GetProperty("healthInsurance") is { ValueKind: JsonValueKind.Object } h ? Decimal(h.GetProperty("premium")) : null), where + ": premium");
                    Assert.Equal(expected.Household.Members.Select(m => m.Person.Id).Order(StringComparer.Ordinal), actual.GetProperty("members").EnumerateArray().Select(m => m.GetString()!).Order(StringComparer.Ordinal));
                    Assert.Equal(expected.ProvisionalParameters, actual.GetProperty("provisionalParameters").EnumerateArray().Select(p => p.GetString()!));
                    socialAssistanceMonths += expected.Provision == Provision.SocialAssistance ? 1 : 0;
                }

                Assert.False(shown.ContainsKey((text, $"{household}#{calculated.Households.Length + 1}")), $"{household} in {text}: more allowance households than the rule forms");
            }
        }

        Assert.True(socialAssistanceMonths > 0, "no household of the test reached social assistance");
    }

    [Fact]
    public async Task Household_Outlook_TheHandOverMonthSaysTheAllowanceStopsAndSocialAssistanceStarts()
    {
        // Given a household whose members hold a transition document
        var targets = Targets.Of(server);
        var client = await Callers.For(server, Who.CaseWorkerOwn);
        var household = Households(targets.Municipality).First(h => PathsOf(h).All(p => p == "transition-document"));

        // When
        var view = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/households/" + household, UriKind.Relative));

        // Then: the change is in the first month on social assistance, with the estimate of that month
        var track = view.GetProperty("outlook").GetProperty("households")[0];
        var first = track.GetProperty("months").EnumerateArray().First(m => m.GetProperty("provision").GetString() == "social-assistance");
        var changes = track.GetProperty("changes").EnumerateArray().Where(c => c.GetProperty("month").GetString() == first.GetProperty("month").GetString()).ToList();
        Assert.Contains(changes, c => c.GetProperty("kind").GetString() == "allowance-stops" && c.GetProperty("reason").GetString() == "hand-over");
        var starts = changes.Single(c => c.GetProperty("kind").GetString() == "social-assistance-starts");
        Assert.Equal(first.GetProperty("socialAssistance").GetDecimal(), starts.GetProperty("amount").GetDecimal());
        Assert.True(starts.GetProperty("provisional").GetBoolean(), "the hand-over date is provisional");
        Assert.True(track.GetProperty("periods").GetArrayLength() < track.GetProperty("months").GetArrayLength(), "months without a change are collapsed");
    }

    [Fact]
    public async Task Me_Outlook_IsTheOwnAllowanceHouseholdsTrack()
    {
        // Given
        var account = server.Account(Roles.Person);
        using var client = await server.SignedIn(account.UserName);

        // When
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");

        // Then
        var outlook = me.GetProperty("outlook");
        var track = Assert.Single(outlook.GetProperty("households").EnumerateArray());
        Assert.Equal(account.Scope, track.GetProperty("lead").GetString());
        Assert.All(track.GetProperty("months").EnumerateArray().Where(m => m.GetProperty("outcome").GetString() != "not-in-scheme"),
            m => Assert.Contains(account.Scope, m.GetProperty("members").EnumerateArray().Select(x => x.GetString())));
        Assert.Equal("2028-03", track.GetProperty("months").EnumerateArray().Last().GetProperty("month").GetString());
    }

    private static decimal? Decimal(JsonElement element) => element.ValueKind == JsonValueKind.Number ? element.GetDecimal() : null;

    /// <summary>Households of a municipality without absences, one per path after protection that occurs (the first by id).</summary>
    private List<string> Households(string municipality)
    {
        using var context = server.Database.Open();
        var absent = context.Absences.AsNoTracking().Select(a => a.PersonId).ToHashSet(StringComparer.Ordinal);
        var rows = context.Persons.AsNoTracking().Where(p => p.MunicipalityCode == municipality)
            .Join(context.Decisions, p => p.Id, d => d.PersonId, (p, d) => new { p.Id, p.HouseholdId, d.Path }).ToList();
        return [.. rows.GroupBy(r => r.HouseholdId).Where(g => g.All(r => !absent.Contains(r.Id)))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .GroupBy(g => string.Join(",", g.Select(r => r.Path).Distinct().Order(StringComparer.Ordinal)))
            .Select(g => g.First().Key).Take(8)];
    }

    private List<string> PathsOf(string household)
    {
        using var context = server.Database.Open();
        return [.. context.Persons.AsNoTracking().Where(p => p.HouseholdId == household).Join(context.Decisions, p => p.Id, d => d.PersonId, (_, d) => d.Path)];
    }

    /// <summary>The rule's answer for a month, from the registry's rows read here (households without absences).</summary>
    private AllowanceAnswer? Rule(string household, YearMonth month)
    {
        var facts = RegistryRuleInputs.Of(server.Database, household, month, ParameterTree.Default);
        return facts.IsEmpty ? null : HouseholdAllowances.Answer(new AllowanceRequest(month.OnDayOfMonth(1), facts, []), ParameterTree.Default);
    }
}
