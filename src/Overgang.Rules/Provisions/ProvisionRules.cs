using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Overgang.Rules.Allowance;
using Overgang.Rules.Explanations;
using Overgang.Rules.Households;
using Overgang.Rules.Parameters;
using Overgang.Rules.Texts;
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

        TextArgument Day(string name, ResolvedParameter parameter) => Arg.Day(name, parameter.Value!.Date, parameter.Value.IsProvisional);

        // A transitional stay defers the path's consequences: until its last day the provisions continue as before
        // protection ended (002:906-934); from the day after, the path's rule below applies.
        if (path.TransitionalStayUntil is { } stayUntil && date <= stayUntil)
        {
            result = new PersonProvision(Provision.Allowance, null, ExplanationItem.Worded(
                ProvisionRuleIds.TransitionalStay,
                StayReference,
                TextPhrase.Of("provisions.stay", Arg.Person("person", person.Id), Arg.Date("until", stayUntil), Arg.Date("from", stayUntil.PlusDays(1))),
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
                TextPhrase why;
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
                        why = TextPhrase.Of("provisions.document.scheduled-late", Arg.Date("scheduled", scheduled), Day("last", schedule.LastHandOver));
                    }
                    else
                    {
                        reference = "Participatiewet art. 43 (aanvraag en beoordeling door het college)";
                        why = TextPhrase.Of("provisions.document.scheduled", Arg.Date("scheduled", scheduled));
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
                    var (cohort, date1) = since is null ? (schedule.LastHandOver, TextPhrase.Of("provisions.cohort.arrival-unknown"))
                        : since <= schedule.Cohort1ArrivedUntil.Value!.Date ? (schedule.Cohort1Date, TextPhrase.Of("provisions.cohort.first", Arg.Date("since", since.Value), Day("until", schedule.Cohort1ArrivedUntil)))
                        : since <= schedule.Cohort2ArrivedUntil.Value!.Date ? (schedule.Cohort2Date, TextPhrase.Of("provisions.cohort.second", Arg.Date("since", since.Value), Day("until", schedule.Cohort2ArrivedUntil)))
                        : (schedule.LastHandOver, TextPhrase.Of("provisions.cohort.last", Arg.Date("since", since.Value)));
                    handOver = cohort.Value!.Date;
                    reference = Used(cohort);
                    if (since is not null)
                    {
                        Used(schedule.Cohort1ArrivedUntil);
                        Used(schedule.Cohort2ArrivedUntil);
                    }

                    why = TextPhrase.Of("provisions.document.cohort", Day("day", cohort), Arg.Phrase("cohort", date1));
                }

                if (path.TransitionalStayUntil is { } stayEnded && handOver <= stayEnded)
                {
                    handOver = stayEnded.PlusDays(1);
                    reference = StayReference;
                    why = TextPhrase.Of("provisions.document.after-stay", Arg.Date("ended", stayEnded), Arg.Date("from", handOver));
                }

                result = new PersonProvision(date >= handOver ? Provision.SocialAssistance : Provision.Allowance, handOver, ExplanationItem.Worded(
                    ProvisionRuleIds.AfterProtection,
                    reference,
                    TextPhrase.Of("provisions.document", Arg.Person("person", person.Id), Arg.Phrase("why", why)),
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
                    ? TextPhrase.Of("provisions.return.departure", Arg.Date("departure", departure))
                    : TextPhrase.Of("provisions.return.year", Arg.Date("last", lastReceptionDay), Arg.Number("years", schedule.ReceptionYears.Number), Arg.Date("departure", departure));
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
                        reason = TextPhrase.Of(schedule.WithdrawalMonths.Value!.IsProvisional ? "provisions.return.withdrawal-provisional" : "provisions.return.withdrawal", Arg.Date("withdrawn", withdrawn), Arg.Date("lapse", lapse));
                    }
                }

                var continues = date <= until;
                result = new PersonProvision(continues ? Provision.Allowance : Provision.Ended, null, ExplanationItem.Worded(
                    ProvisionRuleIds.AfterProtection,
                    reference,
                    TextPhrase.Of(continues ? "provisions.return.continues" : "provisions.return.ended", Arg.Person("person", person.Id), Arg.Phrase("until", reason)),
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
                result = new PersonProvision(moved ? Provision.Ended : Provision.Allowance, null, ExplanationItem.Worded(
                    ProvisionRuleIds.AfterProtection,
                    Used(schedule.AsylumFrom),
                    TextPhrase.Of(moved ? "provisions.asylum.moved" : "provisions.asylum.until", Arg.Person("person", person.Id), Day("day", schedule.AsylumFrom)),
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
                var what = Arg.Term("what", "path." + TransitionNames.Of(path.Path));
                result = new PersonProvision(ended ? Provision.Ended : Provision.Allowance, null, ExplanationItem.Worded(
                    ProvisionRuleIds.AfterProtection,
                    Used(schedule.EndedFrom),
                    TextPhrase.Of(ended ? "provisions.other.ended" : "provisions.other.until", Arg.Person("person", person.Id), what, Day("day", schedule.EndedFrom)),
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
