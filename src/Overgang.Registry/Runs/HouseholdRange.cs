using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Facts;
using Overgang.Registry.Model;

namespace Overgang.Registry.Runs;

/// <summary>
/// The persons of one chunk of a batch run: the registered households from the chunk's first to its last key, in the
/// ordinal order the run sorts its keys in. A range query uses the household index and joins the related tables, where
/// a list of thousands of ids per query does not.
/// </summary>
internal static class HouseholdRange
{
    /// <summary>The registered households' keys, one per person (the runner reads them distinct, in order, a chunk at a time): the keys of a run over households.</summary>
    public static IQueryable<string> Keys(RegistryContext context) => context.Persons.Select(p => p.HouseholdId);

    /// <summary>The persons whose household key lies in [first, last], compared byte by byte on both databases.</summary>
    public static IQueryable<Person> Persons(RegistryContext context, IReadOnlyList<string> households)
    {
        var first = households[0];
        var last = households[^1];

        // The column's collation is byte order on both databases (RegistryContext), so the index serves the range.
        return context.Persons.AsNoTracking()
            .Where(p => string.Compare(p.HouseholdId, first) >= 0 && string.Compare(p.HouseholdId, last) <= 0);
    }

    /// <summary>
    /// The persons whose facts a chunk's loaders read (<see cref="FactPersons"/>): on PostgreSQL the ids of the chunk's
    /// persons already read, each table with rows for most persons read by its person index whatever the cluster's costs
    /// (the others joined to the range); on SQLite the range query, joined (bench/README.md, issue 13, stop 32).
    /// </summary>
    public static FactPersons Facts(RegistryContext context, IQueryable<Person> range, IEnumerable<Person> persons) =>
        context is PostgresRegistryContext ? FactPersons.Listed(range, persons.Select(p => p.Id)) : FactPersons.Joined(range);

    /// <summary>
    /// The persons of a chunk with only the columns the runs' rules read: ids, household, municipality, partner (and since
    /// when), birth date and the facts of the transition decision (12 of the table's 23 columns). Names, numbers, sex and nationality
    /// are left empty, so these objects must not leave a run's chunk reader and its chunk.
    /// </summary>
    public static List<Person> ForRules(RegistryContext context, IQueryable<Person> persons) => FactRows.Read(context, persons
        .Select(p => new Person
        {
            Id = p.Id,
            HouseholdId = p.HouseholdId,
            MunicipalityCode = p.MunicipalityCode,
            PartnerId = p.PartnerId,
            PartnerSince = p.PartnerSince,
            BirthDate = p.BirthDate,
            UkrainianResidence = p.UkrainianResidence,
            AsylumApplication = p.AsylumApplication,
            AsylumWithdrawnOn = p.AsylumWithdrawnOn,
            ObjectionPending = p.ObjectionPending,
            PublicOrderCheck = p.PublicOrderCheck,
            MedicalTreatment = p.MedicalTreatment,
            FamilyName = "",
            GivenName = "",
            Sex = "",
            Nationality = "",
        }));
}
