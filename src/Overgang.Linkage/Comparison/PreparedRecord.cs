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
public sealed record PreparedRecord(LinkRecord Source, string Family, string FamilyKey, string Given, string GivenKey, LinkDate? BirthDate, string? Sex, string? Nationality, string? Document)
{
    /// <summary>Normalises a record.</summary>
    public static PreparedRecord From(LinkRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var family = NameKey.Normalise(record.FamilyName);
        var given = NameKey.Normalise(FirstName(record.GivenName));
        return new PreparedRecord(record, family, NameKey.Phonetic(family), given, NameKey.Phonetic(given), record.BirthDate,
            Code(record.Sex), Code(record.Nationality), DocumentCode(record.DocumentNumber));
    }

    /// <summary>
    /// The clear texts of the blocking keys, in fixed slots (<c>null</c> when the record lacks what a key needs): first the
    /// two training keys (<see cref="BlockingSlots.TrainingByDate"/>, <see cref="BlockingSlots.TrainingByName"/>), then the
    /// linkage keys (family and given key with the birth year; family key with the birth date, day and month in either
    /// order; family key with the first letter of the given key and the day and month; given key with the birth date).
    /// </summary>
    public IReadOnlyList<string?> BlockingTexts()
    {
        var names = FamilyKey.Length > 0 && GivenKey.Length > 0;
        var date = BirthDate;
        var full = date is { YearOnly: false } ? date.Value.Unordered : null;
        var year = date?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return
        [
            full is null ? null : "d|" + full,
            names ? "fg|" + FamilyKey + "|" + GivenKey : null,
            names && year is not null ? "fgy|" + FamilyKey + "|" + GivenKey + "|" + year : null,
            FamilyKey.Length > 0 && full is not null ? "fd|" + FamilyKey + "|" + full : null,
            FamilyKey.Length > 0 && full is not null ? "fmd|" + FamilyKey + "|" + (GivenKey.Length > 0 ? GivenKey[..1] : "") + "|" + full[4..] : null,
            GivenKey.Length > 0 && full is not null ? "gd|" + GivenKey + "|" + full : null,
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
