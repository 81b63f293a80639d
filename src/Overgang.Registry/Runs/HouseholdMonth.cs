using System.Collections.Immutable;
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
        var inScheme = members.Where(m => PlacementOnDay.IsInScheme(m.Reception)).ToList();
        var present = inScheme.Where(m => !away.Contains(m.Person.Id)).ToList();
        if (present.Count == 0)
        {
            return new HouseholdMonth(inScheme.Count, inScheme.Count, 0, null);
        }

        var presentIds = present.Select(m => m.Person.Id).ToHashSet(StringComparer.Ordinal);
        var facts = present.Select(m => new PersonFacts(
            m.Person.Id,
            m.Person.BirthDate,
            m.PartnerId is { } partner && presentIds.Contains(partner) ? partner : null,
            [.. m.Parents.Where(presentIds.Contains).Order(StringComparer.Ordinal)],
            new Money(m.IncomeCents),
            ReceptionNames.ByName[m.Reception!])
        {
            Path = m.Path,
        }).ToImmutableArray();
        var answer = HouseholdAllowances.Answer(new AllowanceRequest(schedule.Date, facts, []), schedule, explain);
        return new HouseholdMonth(inScheme.Count, inScheme.Count - present.Count, present.Count, answer);
    }
}
