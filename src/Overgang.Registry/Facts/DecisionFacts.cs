using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Model;
using Overgang.Registry.Runs;
using Overgang.Rules.Transition;

namespace Overgang.Registry.Facts;

/// <summary>
/// The registry facts a transition decision depends on, for a set of persons: protection registrations, return
/// commitments and other permits. The decisions run and the household page both convert registry rows to the rules'
/// <see cref="TransitionFacts"/> through this type.
/// </summary>
public sealed class DecisionFacts
{
    private readonly ILookup<string, ProtectionRegistration> _protections;
    private readonly Dictionary<string, Model.ReturnCommitment> _returns;
    private readonly Dictionary<string, Model.OtherPermit> _permits;
    private readonly ReturnFacts _programme;
    private readonly Dictionary<string, TransitionalStayRecord> _stays;

    private DecisionFacts(ILookup<string, ProtectionRegistration> protections, Dictionary<string, Model.ReturnCommitment> returns, Dictionary<string, Model.OtherPermit> permits, ReturnFacts programme, Dictionary<string, TransitionalStayRecord> stays)
    {
        _programme = programme;
        _stays = stays;
        _protections = protections;
        _returns = returns;
        _permits = permits;
    }

    /// <summary>Loads the facts for the persons of <paramref name="persons"/> (a query, joined in the database).</summary>
    public static DecisionFacts Load(RegistryContext context, IQueryable<Person> persons) => Load(context, FactPersons.Joined(persons));

    /// <summary>Loads the facts for <paramref name="persons"/> (a query, or a run's chunk's ids: <see cref="FactPersons"/>).</summary>
    internal static DecisionFacts Load(RegistryContext context, FactPersons persons)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(persons);
        var protections = FactRows.Read(context, persons.Rows(context.Protections, x => x.PersonId)).ToLookup(x => x.PersonId);
        var returns = FactRows.Read(context, persons.Rows(context.ReturnCommitments, x => x.PersonId)).ToDictionary(x => x.PersonId);
        var permits = FactRows.Read(context, persons.Rows(context.OtherPermits, x => x.PersonId)).ToDictionary(x => x.PersonId);
        var stays = Stays.TransitionalStays.Current(context, persons);
        return new DecisionFacts(protections, returns, permits, ReturnFacts.Load(context, persons), stays);
    }

    /// <summary>
    /// The rules' facts of the members of one registered household with a protection registration, in id order, read as
    /// a run's chunk reads them (the same reader and columns); empty for an unknown household. Deciding one household
    /// again (a person's decision, a proposed stay) starts here.
    /// </summary>
    public static List<TransitionFacts> OfHousehold(RegistryContext context, string householdId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var members = context.Persons.AsNoTracking().Where(p => p.HouseholdId == householdId);
        var known = Load(context, members);
        return [.. HouseholdRange.ForRules(context, members.OrderBy(p => p.Id)).Select(known.For).OfType<TransitionFacts>()];
    }

    /// <summary>The rules' facts of a person, or <c>null</c> when the person has no protection registration.</summary>
    /// <remarks>The Dutch registration is the main one; without it, the earliest.</remarks>
    public TransitionFacts? For(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return TransitionInputs.Facts(person, _protections[person.Id], _returns.GetValueOrDefault(person.Id), _permits.GetValueOrDefault(person.Id), _programme, _stays.GetValueOrDefault(person.Id));
    }
}
