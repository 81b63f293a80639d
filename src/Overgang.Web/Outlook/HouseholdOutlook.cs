using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry;
using Overgang.Registry.Facts;
using Overgang.Rules.Parameters;
using Overgang.Rules.Placements;
using Overgang.Rules.Provisions;
using Overgang.Rules.Transition;

namespace Overgang.Web.Outlook;

/// <summary>
/// What changes for a registered household on and after the last day of protection: each month from this month to
/// the end of the reception year after protection (<see cref="ProtectionEnd.TryReceptionYearEnd"/>) is calculated through <see cref="AllowanceFacts"/>, the same conversion and rule as the allowance
/// run, with today's facts; the provision, amounts and dates come from the rules' calculation. This type only compares
/// consecutive months and names what changed; it decides nothing itself.
/// </summary>
/// <remarks>
/// The caller checks that the household may be read. A member's path and agreed departure date (as
/// <see cref="AllowanceFacts.PathOf"/> loads them for the rules) are used only to say why the living allowance stops,
/// never to decide that it does.
/// </remarks>
public static class HouseholdOutlook
{
    private const string NotInScheme = "not-in-scheme";
    private const string Calculated = "calculated";

    /// <summary>
    /// The outlook of a registered household from <paramref name="from"/>; with <paramref name="person"/>, only the
    /// track of that member (the self-service page), else one track per allowance household; <c>null</c> when the last
    /// day of protection is not known for the month.
    /// </summary>
    public static OutlookView? Calculate(RegistryContext context, ParameterTree parameters, string householdId, YearMonth from, string? person = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parameters);
        var persons = context.Persons.AsNoTracking().Where(p => p.HouseholdId == householdId);
        var members = persons.OrderBy(p => p.Id).ToList();
        if (!ProtectionEnd.TryLastDay(parameters, from.OnDayOfMonth(1), out var lastDay, out _)
            || !ProtectionEnd.TryReceptionYearEnd(parameters, from.OnDayOfMonth(1), out var receptionEnds, out _))
        {
            return null;
        }

        // The last month shown: the month the reception year after protection ends (the last month any provision can run).
        var until = receptionEnds.ToYearMonth();
        if (members.Count == 0)
        {
            return new OutlookView(from, until, lastDay, []);
        }

        // The facts of every month are read in one go (one query per kind of row), then each month is calculated.
        var rules = new List<AbsenceRule>();
        var refused = new Dictionary<YearMonth, MissingParameter>();
        for (var month = from; month <= until; month = month.PlusMonths(1))
        {
            if (AbsenceRule.TryFor(parameters, month, out var absence, out var missing))
            {
                rules.Add(absence);
            }
            else
            {
                refused[month] = missing;
            }
        }

        var loaded = AllowanceFacts.LoadMonths(context, persons, rules).ToDictionary(f => f.Day.ToYearMonth());
        var months = new List<(YearMonth Month, List<OutlookMonth> Results)>();
        var paths = new Dictionary<string, PathFacts>(StringComparer.Ordinal);
        for (var month = from; month <= until; month = month.PlusMonths(1))
        {
            if (refused.TryGetValue(month, out var missing))
            {
                months.Add((month, [new OutlookMonth(month, null, [.. members.Select(m => m.Id)], "not-calculable", null, 0m, 0m, null, null, [], missing.Message)]));
                continue;
            }

            var facts = loaded[month];
            foreach (var member in members)
            {
                if (facts.PathOf(member.Id) is { } path)
                {
                    paths[member.Id] = path;
                }
            }

            months.Add((month, [.. facts.Calculate(householdId, members, parameters).Results.Select(r => ToMonth(month, r))]));
        }

        var leads = new List<string>();
        if (person is not null)
        {
            leads.Add(person);
        }
        else
        {
            foreach (var (_, results) in months)
            {
                foreach (var result in results.Where(r => r.Members.Length > 0 && !r.Members.Any(leads.Contains)))
                {
                    leads.Add(result.Members[0]);
                }
            }
        }

        var tracks = leads.Select(lead => Track(lead, months, paths)).Where(t => !t.Months.IsEmpty).ToImmutableArray();
        return new OutlookView(from, until, lastDay, tracks);
    }

    private static OutlookMonth ToMonth(YearMonth month, AllowanceResult result)
    {
        if (result.Calculation is { } c)
        {
            var health = c.HealthInsurance is { } h ? new OutlookHealthInsurance(h.From, h.InsuredAdults, h.Premium?.Euros) : null;
            return new OutlookMonth(month, result.Key, result.Members, result.Outcome, ProvisionNames.Of(c.Provision), c.Allowance.Euros, c.Contribution.Euros,
                c.SocialAssistance?.Amount.Euros, health, c.ProvisionalParameters, null);
        }

        string? problem = null;
        if (result.Outcome != "ended-absence")
        {
            using var refusal = JsonDocument.Parse(result.Explanation);
            var root = refusal.RootElement;
            problem = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("Field", out var field) && root.TryGetProperty("Message", out var message)
                ? $"{field.GetString()}: {message.GetString()}"
                : result.Explanation;
        }

        return new OutlookMonth(month, result.Key, result.Members, result.Outcome, null, result.Allowance.Euros, result.Contribution.Euros, null, null, [], problem);
    }

    private static OutlookTrack Track(string lead, List<(YearMonth Month, List<OutlookMonth> Results)> months, Dictionary<string, PathFacts> paths)
    {
        var track = new List<OutlookMonth>();
        foreach (var (month, results) in months)
        {
            var found = results.FirstOrDefault(r => r.Members.Contains(lead));
            if (found is null && track.Count == 0)
            {
                continue;
            }

            track.Add(found ?? new OutlookMonth(month, null, [], NotInScheme, null, 0m, 0m, null, null, [], null));
        }

        var changes = new List<OutlookChange>();
        if (track.Count > 0 && track[0].Month != months[0].Month)
        {
            // The lead's allowance household split off from another in this month.
            changes.Add(new(track[0].Month, "separate-household", track[0].Provision, Amount(track[0]), null, null, track[0].Provisional));
        }

        for (var i = 1; i < track.Count; i++)
        {
            Compare(track[i - 1], track[i], paths, changes);
        }

        return new OutlookTrack(lead, [.. track], Collapse(track), [.. changes]);
    }

    /// <summary>The amount the household lives on in the month: the living allowance or the estimated social assistance.</summary>
    private static decimal? Amount(OutlookMonth month) => month.Provision switch
    {
        "allowance" => month.Allowance,
        "social-assistance" => month.SocialAssistance,
        _ => null,
    };

    private static void Compare(OutlookMonth before, OutlookMonth now, Dictionary<string, PathFacts> paths, List<OutlookChange> changes)
    {
        var month = now.Month;
        var provisional = now.Provisional;
        if (now.Outcome != Calculated)
        {
            if (before.Outcome == now.Outcome)
            {
                return;
            }

            switch (now.Outcome)
            {
                case "ended-absence" or NotInScheme when before.Provision is "allowance" or "social-assistance":
                    changes.Add(new(month, before.Provision == "allowance" ? "allowance-stops" : "social-assistance-stops", now.Outcome == NotInScheme ? NotInScheme : "absence", null, Amount(before), null, false));
                    break;
                case "not-calculable" or "invalid-relations":
                    changes.Add(new(month, "not-calculable", now.Problem is { } p && p.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? p[..colon] : now.Problem, null, null, null, false));
                    break;
            }

            return;
        }

        if (before.Outcome != Calculated)
        {
            // Nothing to compare with: the month before could not be calculated or the lead was not in the scheme.
            return;
        }

        var membersChanged = !before.Members.SequenceEqual(now.Members);
        if (before.Provision != now.Provision)
        {
            switch (before.Provision, now.Provision)
            {
                case ("allowance", "social-assistance"):
                    changes.Add(new(month, "allowance-stops", "hand-over", null, before.Allowance, null, provisional));
                    changes.Add(new(month, "social-assistance-starts", null, now.SocialAssistance, null, null, provisional));
                    break;
                case ("allowance", "ended"):
                    var (reason, departure) = WhyEnded(before, paths);
                    changes.Add(new(month, "allowance-stops", reason, null, before.Allowance, departure, provisional));
                    break;
                case ("social-assistance", "ended"):
                    changes.Add(new(month, "social-assistance-stops", WhyEnded(before, paths).Reason, null, before.SocialAssistance, null, provisional));
                    break;
                case (_, "allowance"):
                    changes.Add(new(month, "allowance-changes", null, now.Allowance, Amount(before), null, provisional));
                    break;
                case (_, "social-assistance"):
                    changes.Add(new(month, "social-assistance-starts", null, now.SocialAssistance, null, null, provisional));
                    break;
            }

            if (now.Provision == "ended")
            {
                changes.Add(new(month, "provisions-end", null, null, null, null, provisional));
            }
        }
        else if (Amount(before) != Amount(now))
        {
            changes.Add(new(month, now.Provision == "allowance" ? "allowance-changes" : "social-assistance-changes", membersChanged ? "members" : null, Amount(now), Amount(before), null, provisional));
        }

        if (before.Contribution > 0m && now.Contribution == 0m)
        {
            changes.Add(new(month, "contribution-stops", null, 0m, before.Contribution, null, provisional));
        }
        else if (before.Contribution == 0m && now.Contribution > 0m)
        {
            changes.Add(new(month, "contribution-starts", null, now.Contribution, 0m, null, provisional));
        }
        else if (before.Contribution != now.Contribution)
        {
            changes.Add(new(month, "contribution-changes", null, now.Contribution, before.Contribution, null, provisional));
        }
        else if (now.Contribution > 0m && before.Provision != now.Provision)
        {
            changes.Add(new(month, "contribution-continues", null, now.Contribution, before.Contribution, null, provisional));
        }

        if (before.HealthInsurance is null && now.HealthInsurance is { } health)
        {
            changes.Add(new(month, "health-insurance-starts", null, health.Premium, null, health.From, provisional));
        }
    }

    /// <summary>Names why the provisions of a household ended from its members' paths (as the run loaded them); the rules decided that they did.</summary>
    private static (string Reason, LocalDate? Departure) WhyEnded(OutlookMonth before, Dictionary<string, PathFacts> paths)
    {
        var memberPaths = before.Members.Select(m => paths.GetValueOrDefault(m)).OfType<PathFacts>().ToList();
        if (memberPaths.Any(p => p.Path == TransitionPath.ReturnProgramme))
        {
            return ("departure", memberPaths.Where(p => p.Path == TransitionPath.ReturnProgramme).Min(p => p.DepartureDate));
        }

        return (memberPaths.Any(p => p.Path == TransitionPath.AsylumProcedure) ? "asylum-reception" : "other-status", null);
    }

    private static ImmutableArray<OutlookPeriod> Collapse(List<OutlookMonth> months)
    {
        var periods = ImmutableArray.CreateBuilder<OutlookPeriod>();
        foreach (var month in months)
        {
            var premium = month.HealthInsurance?.Premium;
            if (periods.Count > 0 && periods[^1] is var last && last.Outcome == month.Outcome && last.Provision == month.Provision && last.Members == month.Members.Length
                && last.Allowance == month.Allowance && last.Contribution == month.Contribution && last.SocialAssistance == month.SocialAssistance
                && last.HealthInsurance == month.HealthInsurance is not null && last.HealthInsurancePremium == premium)
            {
                periods[^1] = last with { Until = month.Month, Provisional = last.Provisional || month.Provisional };
            }
            else
            {
                periods.Add(new OutlookPeriod(month.Month, month.Month, month.Outcome, month.Provision, month.Members.Length, month.Allowance, month.Contribution, month.SocialAssistance, month.HealthInsurance is not null, premium, month.Provisional));
            }
        }

        return periods.ToImmutable();
    }
}
