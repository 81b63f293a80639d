using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Overgang.Rules.Allowance;
using Overgang.Rules.Households;
using Overgang.Rules.Parameters;
using Overgang.Rules.Transition;

namespace Overgang.Rules.Provisions;

/// <summary>
/// What follows for one person on a date after the last day of protection, by path (shared/domain/transition-paths.md,
/// "What follows"; docs/adr/0008):
/// <list type="bullet">
/// <item><b>transition document</b>: the living allowance and reception continue until the household's hand-over to social
/// assistance (the municipality's date, else the provisional cohort of the person's arrival, never later than the
/// provisional last date);</item>
/// <item><b>return programme</b>: reception and allowance continue until the agreed departure, never after the last day of the
/// reception year; withdrawing ends them at the end of that month (provisional);</item>
/// <item><b>asylum procedure</b>: the asylum reception regime (COA) from a provisional date;</item>
/// <item><b>other status, not entitled, protection ended</b>: provisions end on a provisional date after protection.</item>
/// </list>
/// </summary>
internal static class ProvisionRules
{
    /// <summary>Decides one person's provisions on the date; a missing parameter is a value, not an exception.</summary>
    public static bool TryDecide(PersonFacts person, PathFacts path, LocalDate date, ProvisionSchedule schedule, SortedSet<string> provisional, [NotNullWhen(true)] out PersonProvision? result, [NotNullWhen(false)] out MissingParameter? missing)
    {
        result = null;
        string Used(ResolvedParameter parameter)
        {
            if (parameter.Value!.IsProvisional)
            {
                provisional.Add(parameter.Id);
            }

            return parameter.Cite + (parameter.Value.IsProvisional ? " (provisional)" : "");
        }

        string Day(ResolvedParameter parameter) => Text(parameter.Value!.Date) + (parameter.Value.IsProvisional ? " (provisional)" : "");

        // A transitional stay defers the path's consequences: until its last day the provisions continue as before
        // protection ended (002:906-934); from the day after, the path's rule below applies.
        if (path.TransitionalStayUntil is { } stayUntil && date <= stayUntil)
        {
            result = new PersonProvision(Provision.Allowance, null, new(
                ProvisionRuleIds.TransitionalStay,
                StayReference,
                $"{person.Id}: transitional stay until {Text(stayUntil)}; reception and the living allowance continue as before protection ended; the consequences of the path apply from {Text(stayUntil.PlusDays(1))}",
                null));
            missing = null;
            return true;
        }

        switch (path.Path)
        {
            case TransitionPath.TransitionDocument:
            {
                LocalDate handOver;
                string reference;
                string why;
                if (path.HandOverDate is { } scheduled)
                {
                    handOver = scheduled;
                    if (!Need(schedule.LastHandOver, out missing))
                    {
                        return false;
                    }

                    if (handOver > schedule.LastHandOver.Value!.Date)
                    {
                        handOver = schedule.LastHandOver.Value.Date;
                        reference = Used(schedule.LastHandOver);
                        why = $"the municipality scheduled the hand-over for {Text(scheduled)}, later than the last date {Day(schedule.LastHandOver)}: the last date applies";
                    }
                    else
                    {
                        reference = "Participatiewet art. 43 (aanvraag en beoordeling door het college)";
                        why = $"the municipality scheduled the household's hand-over to social assistance for {Text(scheduled)}";
                    }
                }
                else
                {
                    if (!Need(schedule.Cohort1ArrivedUntil, out missing) || !Need(schedule.Cohort1Date, out missing)
                        || !Need(schedule.Cohort2ArrivedUntil, out missing) || !Need(schedule.Cohort2Date, out missing) || !Need(schedule.LastHandOver, out missing))
                    {
                        return false;
                    }

                    var since = path.ProtectionSince;
                    var (cohort, date1) = since is null ? (schedule.LastHandOver, "arrival not known")
                        : since <= schedule.Cohort1ArrivedUntil.Value!.Date ? (schedule.Cohort1Date, $"protection since {Text(since.Value)}, on or before {Day(schedule.Cohort1ArrivedUntil)}: first cohort")
                        : since <= schedule.Cohort2ArrivedUntil.Value!.Date ? (schedule.Cohort2Date, $"protection since {Text(since.Value)}, on or before {Day(schedule.Cohort2ArrivedUntil)}: second cohort")
                        : (schedule.LastHandOver, $"protection since {Text(since.Value)}: last cohort");
                    handOver = cohort.Value!.Date;
                    reference = Used(cohort);
                    if (since is not null)
                    {
                        Used(schedule.Cohort1ArrivedUntil);
                        Used(schedule.Cohort2ArrivedUntil);
                    }

                    why = $"hand-over to social assistance on {Day(cohort)} ({date1})";
                }

                if (path.TransitionalStayUntil is { } stayEnded && handOver <= stayEnded)
                {
                    handOver = stayEnded.PlusDays(1);
                    reference = StayReference;
                    why = $"the hand-over follows the transitional stay that ended on {Text(stayEnded)}: from {Text(handOver)}";
                }

                result = new PersonProvision(date >= handOver ? Provision.SocialAssistance : Provision.Allowance, handOver, new(
                    ProvisionRuleIds.AfterProtection,
                    reference,
                    $"{person.Id}: transition document; the living allowance and reception continue until the household's hand-over; {why}",
                    null));
                missing = null;
                return true;
            }

            case TransitionPath.ReturnProgramme:
            {
                if (!Need(schedule.ProtectionLastDay, out missing) || !Need(schedule.ReceptionYears, out missing))
                {
                    return false;
                }

                var lastReceptionDay = schedule.ProtectionLastDay.Value!.Date.PlusYears((int)schedule.ReceptionYears.Number);
                var departure = path.DepartureDate!.Value;
                var until = departure <= lastReceptionDay ? departure : lastReceptionDay;
                var reference = Used(schedule.ReceptionYears);
                var reason = departure <= lastReceptionDay
                    ? $"the agreed departure on {Text(departure)}"
                    : $"the last day of the reception year, {Text(lastReceptionDay)} (provisional: {schedule.ReceptionYears.Number} year after protection ends), before the agreed departure on {Text(departure)}";
                if (path.ReturnWithdrawnOn is { } withdrawn)
                {
                    if (!Need(schedule.WithdrawalMonths, out missing))
                    {
                        return false;
                    }

                    var month = withdrawn.ToYearMonth().PlusMonths((int)schedule.WithdrawalMonths.Number);
                    var lapse = month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month));
                    if (lapse < until)
                    {
                        until = lapse;
                        reference = Used(schedule.WithdrawalMonths);
                        reason = $"the withdrawal from the return programme on {Text(withdrawn)}: facilities lapse on {Text(lapse)}{(schedule.WithdrawalMonths.Value!.IsProvisional ? " (provisional)" : "")}";
                    }
                }

                var continues = date <= until;
                result = new PersonProvision(continues ? Provision.Allowance : Provision.Ended, null, new(
                    ProvisionRuleIds.AfterProtection,
                    reference,
                    continues
                        ? $"{person.Id}: return programme; reception and the living allowance continue until {reason}"
                        : $"{person.Id}: return programme; reception and the living allowance ended after {reason}",
                    null));
                missing = null;
                return true;
            }

            case TransitionPath.AsylumProcedure:
            {
                if (!Need(schedule.AsylumFrom, out missing))
                {
                    return false;
                }

                var moved = date >= schedule.AsylumFrom.Value!.Date;
                result = new PersonProvision(moved ? Provision.Ended : Provision.Allowance, null, new(
                    ProvisionRuleIds.AfterProtection,
                    Used(schedule.AsylumFrom),
                    moved
                        ? $"{person.Id}: asylum procedure; in the asylum reception regime (COA) from {Day(schedule.AsylumFrom)}, so the municipal allowance ended (hand-over to COA is a task)"
                        : $"{person.Id}: asylum procedure; the municipal allowance continues until the move to the asylum reception regime (COA) on {Day(schedule.AsylumFrom)}",
                    null));
                missing = null;
                return true;
            }

            case TransitionPath.NotEntitled or TransitionPath.ProtectionEnded or TransitionPath.OtherStatus:
            {
                if (!Need(schedule.EndedFrom, out missing))
                {
                    return false;
                }

                var ended = date >= schedule.EndedFrom.Value!.Date;
                var what = path.Path switch
                {
                    TransitionPath.NotEntitled => "not entitled in the Netherlands (protection in another member state)",
                    TransitionPath.ProtectionEnded => "protection ended (third-country national with temporary Ukrainian residence; the departure term applies)",
                    _ => "another residence status; the person leaves the protection population",
                };
                result = new PersonProvision(ended ? Provision.Ended : Provision.Allowance, null, new(
                    ProvisionRuleIds.AfterProtection,
                    Used(schedule.EndedFrom),
                    ended
                        ? $"{person.Id}: {what}; reception and the living allowance ended from {Day(schedule.EndedFrom)}"
                        : $"{person.Id}: {what}; reception and the living allowance continue until {Day(schedule.EndedFrom)}",
                    null));
                missing = null;
                return true;
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(path), path.Path, "unknown transition path");
        }
    }

    /// <summary>The source of transitional stays (the EU recommendation; the Dutch letters do not address it).</summary>
    internal const string StayReference = "Europese Commissie 2025, 002:906-934 (overgangsverblijf: medische behandeling, schooljaar afronden)";

    internal static bool Need(ResolvedParameter parameter, [NotNullWhen(false)] out MissingParameter? missing)
    {
        missing = parameter.Missing;
        return missing is null;
    }

    internal static string Text(LocalDate date) => date.ToString("yyyy-MM-dd", null);
}
