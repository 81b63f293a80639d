using Overgang.Linkage.Records;
using Overgang.Linkage.Synthetic;
using Overgang.Registry.Model;

namespace Overgang.Registry.Linkage;

/// <summary>The registry's persons as linkage compares them.</summary>
public static class PersonRecords
{
    /// <summary>A person as a clear linkage record (Latin names; the Cyrillic ones when the Latin are missing).</summary>
    public static LinkRecord ToRecord(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new LinkRecord(
            person.Id,
            string.IsNullOrWhiteSpace(person.FamilyName) ? person.FamilyNameCyrillic : person.FamilyName,
            string.IsNullOrWhiteSpace(person.GivenName) ? person.GivenNameCyrillic : person.GivenName,
            LinkDate.From(person.BirthDate),
            person.Sex,
            person.Nationality,
            null);
    }

    /// <summary>A person as the synthetic benchmark's source (both scripts).</summary>
    public static SyntheticSource ToSource(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new SyntheticSource(person.Id, person.FamilyName, person.GivenName, person.FamilyNameCyrillic, person.GivenNameCyrillic, person.BirthDate, person.Sex, person.Nationality);
    }
}
