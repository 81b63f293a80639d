using NodaTime;
using NodaTime.Text;
using Overgang.Registry.Facts.Validation;

namespace Overgang.Web.Persons;

/// <summary>A date field of a change of a person's facts (placement, relation, permit, commitment, absence): ISO text or empty.</summary>
internal static class FactDates
{
    /// <summary>
    /// The date in <paramref name="text"/>, or <c>null</c> when it is empty; a text that is not a date (YYYY-MM-DD) adds
    /// the problem <c>date</c> naming <paramref name="field"/> and gives <c>null</c>.
    /// </summary>
    public static LocalDate? Parse(string field, string? text, ICollection<FactError> errors)
    {
        if (text is not { Length: > 0 })
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        errors.Add(new FactError(field, "date", $"'{text}' is not a date (YYYY-MM-DD)"));
        return null;
    }
}
