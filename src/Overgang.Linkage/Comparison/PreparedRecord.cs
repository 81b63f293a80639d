using Overgang.Linkage.Names;
using Overgang.Linkage.Records;

namespace Overgang.Linkage.Comparison;

/// <summary>A clear record with its normal forms, phonetic keys and blocking keys computed once.</summary>
/// <param name="Source">The record.</param>
/// <param name="Family">Normal form of the family name (empty when missing).</param>
/// <param name="FamilyKey">Phonetic key of the family name.</param>
/// <param name="Given">Normal form of the first given name.</param>
/// <param name="GivenKey">Phonetic key of the first given name.</param>
/// <param name="BirthDate">The birth date.</param>
/// <param name="Sex">Sex (upper case), or <c>null</c>.</param>
/// <param name="Nationality">Nationality (upper case), or <c>null</c>.</param>
/// <param name="Document">Document number (letters and digits, upper case), or <c>null</c>.</param>
/// <param name="GivenClass">The first given name's equivalence class (<see cref="GivenNameEquivalents"/>), or <c>null</c> when the table does not know it.</param>
public sealed record PreparedRecord(LinkRecord Source, string Family, string FamilyKey, string Given, string GivenKey, LinkDate? BirthDate, string? Sex, string? Nationality, string? Document, string? GivenClass)
{
    /// <summary>What the given-name blocking keys use: the equivalence class where known (Mykola and Nikolai block together), else the phonetic key.</summary>
    public string GivenBlock => GivenClass ?? GivenKey;

    /// <summary>Normalises a record.</summary>
    public static PreparedRecord From(LinkRecord record) => From(record, null);

    /// <summary>Normalises a record, sharing its texts with the other records of <paramref name="pool"/> (one run's records).</summary>
    public static PreparedRecord From(LinkRecord record, NamePool? pool)
    {
        ArgumentNullException.ThrowIfNull(record);
        var family = NameKey.Normalise(record.FamilyName);
        var given = NameKey.Normalise(FirstName(record.GivenName));
        var familyKey = NameKey.Phonetic(family);
        var givenKey = NameKey.Phonetic(given);
        var sex = Code(record.Sex);
        var nationality = Code(record.Nationality);
        if (pool is not null)
        {
            (family, familyKey, given, givenKey) = (pool.Get(family), pool.Get(familyKey), pool.Get(given), pool.Get(givenKey));
            (sex, nationality) = (pool.GetOrNull(sex), pool.GetOrNull(nationality));
        }

        return new PreparedRecord(record, family, familyKey, given, givenKey, record.BirthDate,
            sex, nationality, DocumentCode(record.DocumentNumber), GivenNameEquivalents.Table.ClassOf(given));
    }

    /// <summary>
    /// The clear texts of the blocking keys, in fixed slots (<c>null</c> when the record lacks what a key needs): first the
    /// two training keys (<see cref="BlockingSlots.TrainingByDate"/>, <see cref="BlockingSlots.TrainingByName"/>), then the
    /// linkage keys (family and given key with the birth year; family key with the birth date, day and month in either
    /// order; family key with the first letter of the given key and the day and month; given key with the birth date),
    /// the given key being the equivalence class where the table knows the name (<see cref="GivenBlock"/>); last, in
    /// slot <see cref="BlockingSlots.GivenClass"/>, the equivalence class alone, which is compared, never blocked on.
    /// </summary>
    public IReadOnlyList<string?> BlockingTexts()
    {
        var names = FamilyKey.Length > 0 && GivenKey.Length > 0;
        var givenBlock = GivenBlock;
        var date = BirthDate;
        var full = date is { YearOnly: false } ? date.Value.Unordered : null;
        var year = date?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return
        [
            full is null ? null : "d|" + full,
            names ? "fg|" + FamilyKey + "|" + givenBlock : null,
            names && year is not null ? "fgy|" + FamilyKey + "|" + givenBlock + "|" + year : null,
            FamilyKey.Length > 0 && full is not null ? "fd|" + FamilyKey + "|" + full : null,
            FamilyKey.Length > 0 && full is not null ? "fmd|" + FamilyKey + "|" + (givenBlock.Length > 0 ? givenBlock[..1] : "") + "|" + full[4..] : null,
            givenBlock.Length > 0 && full is not null ? "gd|" + givenBlock + "|" + full : null,
            GivenClass is null ? null : "gc|" + GivenClass,
        ];
    }

    /// <summary>The first of the given names.</summary>
    internal static string? FirstName(string? given)
    {
        if (given is null)
        {
            return null;
        }

        var trimmed = given.Trim();
        var end = trimmed.IndexOfAny([' ', '-', ',']);
        return end > 0 ? trimmed[..end] : trimmed;
    }

    private static string? Code(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToUpperInvariant();

    private static string? DocumentCode(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = new string([.. value.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant)]);
        return text.Length == 0 ? null : text;
    }
}
