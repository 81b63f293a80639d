using System.Collections.Immutable;
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
        var registrations = Ordered(protections);
        if (registrations.Length == 0)
        {
            return null;
        }

        var main = Array.Find(registrations, r => r.MemberState == "NL") ?? registrations[0];
        return new TransitionFacts(
            person.Id,
            person.BirthDate,
            TransitionNames.Residences[person.UkrainianResidence],
            new Registration(main.MemberState, main.Since) { Until = main.Until },
            Others(registrations, main),
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

    /// <summary>
    /// The registrations by start date, then member state (ordinal), equal ones in the order given: what
    /// <c>OrderBy(Since).ThenBy(MemberState)</c> gives, without its enumerators and buffers for the one or two
    /// registrations a person has (a run converts every person of the registry: bench/README.md, issue 13, stop 35).
    /// </summary>
    private static ProtectionRegistration[] Ordered(IEnumerable<ProtectionRegistration> protections)
    {
        var sorted = protections.ToArray();

        // Insertion sort: stable, as OrderBy is, and without allocations for so few elements.
        for (var i = 1; i < sorted.Length; i++)
        {
            var item = sorted[i];
            var j = i - 1;
            while (j >= 0 && Before(item, sorted[j]))
            {
                sorted[j + 1] = sorted[j];
                j--;
            }

            sorted[j + 1] = item;
        }

        return sorted;
    }

    private static bool Before(ProtectionRegistration a, ProtectionRegistration b) =>
        a.Since != b.Since ? a.Since < b.Since : string.CompareOrdinal(a.MemberState, b.MemberState) < 0;

    /// <summary>Every registration but the main one, in order.</summary>
    private static ImmutableArray<Registration> Others(ProtectionRegistration[] registrations, ProtectionRegistration main)
    {
        if (registrations.Length == 1)
        {
            return [];
        }

        var others = ImmutableArray.CreateBuilder<Registration>(registrations.Length - 1);
        foreach (var r in registrations)
        {
            if (r != main)
            {
                others.Add(new Registration(r.MemberState, r.Since) { Until = r.Until });
            }
        }

        return others.DrainToImmutable();
    }
}
