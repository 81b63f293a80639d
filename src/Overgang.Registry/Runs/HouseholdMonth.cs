using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Overgang.Rules;
using Overgang.Rules.Allowance;
using Overgang.Rules.Households;
using Overgang.Rules.Placements;

namespace Overgang.Registry.Runs;

/// <summary>
/// The allowance month of one registered household: who is in the municipal scheme (<see cref="PlacementOnDay.IsInScheme"/>),
/// who is away longer than the 28-day rule allows (<see cref="AbsenceRule"/>), and the rules' answer for the members
/// present. Shared by the allowance run and the analysis.
/// </summary>
/// <param name="InScheme">Members in municipal, private or own-home reception on the first day of the month.</param>
/// <param name="Away">Members in the scheme who are away longer than the maximum (left out of the month).</param>
/// <param name="Present">Members in the scheme and present.</param>
/// <param name="Answer">The rules' answer for the present members, or <c>null</c> when nobody is in the scheme or present.</param>
public sealed record HouseholdMonth(int InScheme, int Away, int Present, AllowanceAnswer? Answer)
{
    /// <summary>No member is in the municipal scheme (COA residents, or no current placement).</summary>
    public bool NotInScheme => InScheme == 0;

    /// <summary>Every member in the scheme is away longer than the maximum.</summary>
    public bool EndedByAbsence => InScheme > 0 && Present == 0;

    /// <summary>Calculates a household's month from its members' rows.</summary>
    /// <param name="members">The registered household's members, ordered by id.</param>
    /// <param name="away">Ids of persons away longer than the maximum in this month.</param>
    /// <param name="schedule">The parameters (baseline or reform) read for the first day of the month.</param>
    /// <param name="explain">Whether the answer carries its explanation (a batch run stores it; a simulation does not need it).</param>
    public static HouseholdMonth Calculate(IReadOnlyList<MemberMonth> members, IReadOnlySet<string> away, AllowanceSchedule schedule, bool explain)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(away);
        ArgumentNullException.ThrowIfNull(schedule);
        // Loops, not queries: a month run calls this for every registered household.
        var inScheme = 0;
        var present = new List<MemberMonth>(members.Count);
        foreach (var member in members)
        {
            if (PlacementOnDay.IsInScheme(member.Reception))
            {
                inScheme++;
                if (!away.Contains(member.Person.Id))
                {
                    present.Add(member);
                }
            }
        }

        if (present.Count == 0)
        {
            return new HouseholdMonth(inScheme, inScheme, 0, null);
        }

        var facts = new PersonFacts[present.Count];
        for (var i = 0; i < facts.Length; i++)
        {
            var m = present[i];
            facts[i] = new PersonFacts(
                m.Person.Id,
                m.Person.BirthDate,
                m.PartnerId is { } partner && IsPresent(present, partner) ? partner : null,
                PresentParents(m.Parents, present),
                new Money(m.IncomeCents),
                ReceptionNames.ByName[m.Reception!])
            {
                Path = m.Path,
            };
        }

        var answer = HouseholdAllowances.Answer(new AllowanceRequest(schedule.Date, ImmutableCollectionsMarshal.AsImmutableArray(facts), []), schedule, explain);
        return new HouseholdMonth(inScheme, inScheme - present.Count, present.Count, answer);
    }

    private static bool IsPresent(List<MemberMonth> present, string personId)
    {
        foreach (var member in present)
        {
            if (member.Person.Id == personId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The responsible adults who are present, in ordinal order.</summary>
    private static ImmutableArray<string> PresentParents(ImmutableArray<string> parents, List<MemberMonth> present)
    {
        if (parents.IsEmpty)
        {
            return [];
        }

        var kept = new List<string>(parents.Length);
        foreach (var parent in parents)
        {
            if (IsPresent(present, parent))
            {
                kept.Add(parent);
            }
        }

        kept.Sort(StringComparer.Ordinal);
        return [.. kept];
    }
}
