using Overgang.Registry.Model;
using Overgang.Rules.Transition;

namespace Overgang.Registry.Runs;

/// <summary>Turns registry rows into the facts of the transition decision: shared by the decisions run and the analysis.</summary>
public static class TransitionInputs
{
    /// <summary>
    /// The facts of one person, or <c>null</c> when the person has no protection registration. The Dutch registration
    /// is the main one when there is one; every other registration counts as a registration elsewhere.
    /// </summary>
    /// <remarks>Without <paramref name="returns"/>, an enrolment has its commitment and date only (no visits, withdrawal or departure).</remarks>
    public static TransitionFacts? Facts(Person person, IEnumerable<ProtectionRegistration> protections, Model.ReturnCommitment? commitment, Model.OtherPermit? permit, Registry.Facts.ReturnFacts? returns = null, TransitionalStayRecord? stay = null)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(protections);
        var registrations = protections.OrderBy(r => r.Since).ThenBy(r => r.MemberState, StringComparer.Ordinal).ToList();
        if (registrations.Count == 0)
        {
            return null;
        }

        var main = registrations.FirstOrDefault(r => r.MemberState == "NL") ?? registrations[0];
        return new TransitionFacts(
            person.Id,
            person.BirthDate,
            TransitionNames.Residences[person.UkrainianResidence],
            new Registration(main.MemberState, main.Since) { Until = main.Until },
            [.. registrations.Where(r => r != main).Select(r => new Registration(r.MemberState, r.Since) { Until = r.Until })],
            TransitionNames.AsylumApplications[person.AsylumApplication],
            person.AsylumWithdrawnOn,
            person.ObjectionPending,
            TransitionNames.PublicOrderChecks[person.PublicOrderCheck],
            (returns ?? Registry.Facts.ReturnFacts.Empty).For(commitment),
            permit is null ? null : new Rules.Transition.OtherPermit(TransitionNames.PermitKinds[permit.Kind], permit.ValidUntil),
            person.MedicalTreatment,
            person.HouseholdId,
            stay is null ? null : Stays.TransitionalStays.Facts(stay));
    }
}
