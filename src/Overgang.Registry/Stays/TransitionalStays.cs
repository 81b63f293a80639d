using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Facts;
using Overgang.Registry.Model;
using Overgang.Rules.Transition;

namespace Overgang.Registry.Stays;

/// <summary>
/// The transitional stays of the registry (issue 16; docs/transitional-stays.md): which stay holds for a person, and
/// whether a proposed stay holds under the rules (its ground, the school year's end) before it is stored. The rules
/// decide (<see cref="TransitionalStayRules"/>); this type only loads the household's facts for them.
/// </summary>
public static class TransitionalStays
{
    /// <summary>The stay that holds for each person of <paramref name="persons"/>: the latest decided one not withdrawn.</summary>
    public static Dictionary<string, TransitionalStayRecord> Current(RegistryContext context, IQueryable<Person> persons) =>
        Current(context, FactPersons.Joined(persons));

    /// <summary>As <see cref="Current(RegistryContext, IQueryable{Person})"/>, for a query or a run's chunk's ids (<see cref="FactPersons"/>).</summary>
    internal static Dictionary<string, TransitionalStayRecord> Current(RegistryContext context, FactPersons persons)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(persons);
        return FactRows.Read(context, persons.Rows(context.TransitionalStays, s => s.PersonId).Where(s => !s.Withdrawn))
            .GroupBy(s => s.PersonId)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.DecidedOn).ThenBy(s => s.Id).Last(), StringComparer.Ordinal);
    }

    /// <summary>Every stay of a person, withdrawn or not, latest first.</summary>
    public static List<TransitionalStayRecord> Of(RegistryContext context, string personId)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. context.TransitionalStays.AsNoTracking().Where(s => s.PersonId == personId).ToList().OrderByDescending(s => s.DecidedOn).ThenByDescending(s => s.Id)];
    }

    /// <summary>The rules' facts of a stay row.</summary>
    public static TransitionalStay Facts(TransitionalStayRecord row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new TransitionalStay(StayKinds.ByCode[row.Kind], row.From, row.Until);
    }

    /// <summary>
    /// How the rules assess a proposed stay for a person on the schedule's date, with the household's current facts
    /// (the school-age-child flag needs the other members); <c>null</c> for a person without a protection record.
    /// </summary>
    public static StayAssessment? Assess(RegistryContext context, Person person, TransitionalStay stay, TransitionSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(person);
        var facts = DecisionFacts.OfHousehold(context, person.HouseholdId)
            .ConvertAll(f => f.Id == person.Id ? f with { TransitionalStay = stay } : f with { TransitionalStay = null });
        if (!facts.Any(f => f.Id == person.Id))
        {
            return null;
        }

        return TransitionDecider.DecideAll(facts, schedule).Single(d => d.PersonId == person.Id).Stay;
    }

    /// <summary>The stays that end between two days (inclusive), not withdrawn, with their persons.</summary>
    public static List<TransitionalStayRecord> Ending(RegistryContext context, LocalDate from, LocalDate until)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. context.TransitionalStays.AsNoTracking().Where(s => !s.Withdrawn && s.Until >= from && s.Until <= until).ToList().OrderBy(s => s.Until).ThenBy(s => s.PersonId, StringComparer.Ordinal)];
    }
}
