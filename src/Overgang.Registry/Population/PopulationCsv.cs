using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Overgang.Registry.Files;

namespace Overgang.Registry.Population;

/// <summary>Writes a population as the registry CSV files of <c>docs/registry-csv.md</c> (UTF-8 without BOM, LF line ends) through the one <see cref="CsvFileWriter"/>.</summary>
/// <remarks>
/// The files import back into an empty registry with the same rows. <c>checks.csv</c> holds the public-order check and the
/// asylum application of every person, the medical-treatment flag only where it is true, and the second-state
/// registrations, return commitments and other permits.
/// </remarks>
public static class PopulationCsv
{
    /// <summary>The files written, in import order.</summary>
    public static IReadOnlyList<string> Files { get; } =
        ["municipalities.csv", "locations.csv", "persons.csv", "relations.csv", "placements.csv", "incomes.csv", "absences.csv", "checks.csv"];

    /// <summary>Writes every file into <paramref name="directory"/> (created if needed); returns the rows written per file.</summary>
    public static IReadOnlyList<(string File, int Rows)> Write(Population population, string directory)
    {
        ArgumentNullException.ThrowIfNull(population);
        Directory.CreateDirectory(directory);
        var since = population.Protections.Where(p => p.MemberState == "NL").ToDictionary(p => p.PersonId, p => p.Since, StringComparer.Ordinal);
        var written = new List<(string File, int Rows)>
        {
            File(directory, "municipalities.csv", "code,name", population.Municipalities.Select(m => Row(m.Code, m.Name))),
            File(directory, "locations.csv", "id,municipality,name,kind,capacity,opened,closed", population.Locations.Select(l =>
                Row(l.Id, l.MunicipalityCode, l.Name, l.Kind, l.Capacity.ToString(CultureInfo.InvariantCulture), Date(l.Opened), Date(l.Closed)))),
            File(directory, "persons.csv", "id,familyName,givenName,familyNameCyrillic,givenNameCyrillic,birthDate,sex,nationality,ukrainianResidence,municipality,householdId,protectionSince,bsn,vNumber", population.Persons.Select(p =>
                Row(p.Id, p.FamilyName, p.GivenName, p.FamilyNameCyrillic, p.GivenNameCyrillic, Date(p.BirthDate), p.Sex, p.Nationality, p.UkrainianResidence, p.MunicipalityCode, p.HouseholdId, Date(since[p.Id]), p.Bsn, p.VNumber))),
            File(directory, "relations.csv", "personId,relation,relatedId",
                population.Persons.Where(p => p.PartnerId is { } partner && string.CompareOrdinal(p.Id, partner) < 0).Select(p => Row(p.Id, "partner", p.PartnerId))
                    .Concat(population.Parents.Select(r => Row(r.PersonId, "parent", r.ParentId)))),
            File(directory, "placements.csv", "personId,reception,locationId,address,from,to", population.Placements.Select(p =>
                Row(p.PersonId, p.Reception, p.LocationId, p.Address, Date(p.From), Date(p.To)))),
            File(directory, "incomes.csv", "personId,month,amount", population.Incomes.SelectMany(i => i.Months.Months.Select(m =>
                Row(i.PersonId, Month(m.Month), Euros(m.AmountCents))))),
            File(directory, "absences.csv", "personId,from,to,reported", population.Absences.Select(a =>
                Row(a.PersonId, Date(a.From), Date(a.To), a.Reported ? "true" : "false"))),
            File(directory, "checks.csv", "personId,check,value,date", Checks(population)),
        };
        return written;
    }

    private static IEnumerable<string?[]> Checks(Population population)
    {
        foreach (var p in population.Persons)
        {
            yield return Row(p.Id, "public-order", p.PublicOrderCheck, null);
            yield return Row(p.Id, "asylum-application", p.AsylumApplication, null);
            if (p.MedicalTreatment)
            {
                yield return Row(p.Id, "medical-treatment", "true", null);
            }
        }

        foreach (var r in population.Protections.Where(r => r.MemberState != "NL"))
        {
            yield return Row(r.PersonId, "other-registration", r.MemberState, Date(r.Since));
        }

        foreach (var r in population.ReturnCommitments)
        {
            yield return Row(r.PersonId, "return-commitment", r.CommitmentSigned ? "signed" : "unsigned", Date(r.DepartureDate));
        }

        foreach (var o in population.OtherPermits)
        {
            yield return Row(o.PersonId, "other-permit", o.Kind, Date(o.ValidUntil));
        }
    }

    private static (string File, int Rows) File(string directory, string name, string header, IEnumerable<string?[]> rows)
    {
        using var csv = CsvFileWriter.Create(Path.Combine(directory, name));
        csv.Header(header.Split(','));
        var count = 0;
        foreach (var row in rows)
        {
            foreach (var cell in row)
            {
                csv.Text(cell);
            }

            csv.EndRow();
            count++;
        }

        return (name, count);
    }

    // Every cell is text (codes, dates, amounts the import reads as text); none of the generated values starts like a formula.
    private static string?[] Row(params string?[] cells) => cells;

    private static string? Date(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : null;

    private static string Month(LocalDate month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Euros(long cents) => (cents / 100).ToString(CultureInfo.InvariantCulture) + "." + (cents % 100).ToString("D2", CultureInfo.InvariantCulture);
}
