using System.Collections.Immutable;
using NodaTime;
using Overgang.Registry.Model;

namespace Overgang.Registry.Population;

/// <summary>A generated population: the registry rows, in a fixed order, ready to be loaded or written as CSV.</summary>
/// <param name="Seed">The seed it was generated with.</param>
/// <param name="Date">The date it describes (ages, working status).</param>
/// <param name="Households">The number of registered households.</param>
/// <param name="Municipalities">Municipalities.</param>
/// <param name="Locations">Reception locations.</param>
/// <param name="Persons">Persons, ordered by id.</param>
/// <param name="Parents">Responsible adults of minors.</param>
/// <param name="Protections">Protection registrations: one in NL per person, some in a second member state.</param>
/// <param name="Placements">One current placement per person.</param>
/// <param name="Absences">Absences from reception.</param>
/// <param name="Incomes">Monthly incomes, one entry a person with any.</param>
/// <param name="ReturnCommitments">Return commitments, signed or not.</param>
/// <param name="OtherPermits">Other residence permits.</param>
public sealed record Population(
    int Seed,
    LocalDate Date,
    int Households,
    ImmutableArray<Municipality> Municipalities,
    ImmutableArray<ReceptionLocation> Locations,
    ImmutableArray<Person> Persons,
    ImmutableArray<PersonParent> Parents,
    ImmutableArray<ProtectionRegistration> Protections,
    ImmutableArray<Placement> Placements,
    ImmutableArray<Absence> Absences,
    ImmutableArray<PersonIncome> Incomes,
    ImmutableArray<ReturnCommitment> ReturnCommitments,
    ImmutableArray<OtherPermit> OtherPermits)
{
    /// <summary>
    /// Partnerships that ended on a recorded day (the current one is <see cref="Person.PartnerId"/>): none in a generated
    /// population, the registry's in one read from it.
    /// </summary>
    public ImmutableArray<EndedPartnership> EndedPartnerships { get; init; } = [];
}
