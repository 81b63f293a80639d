using NodaTime;
using NodaTime.Text;

namespace Overgang.Registry.Facts.Validation;

/// <summary>The checks every fact's validation is made of, with the import's messages (one wording for import, API and page codes).</summary>
public static class FactRules
{
    /// <summary>A required value left empty.</summary>
    public static FactError Required(string field) => new(field, "required", "required");

    /// <summary>A value that is not one of <paramref name="allowed"/>, or <c>null</c>.</summary>
    public static FactError? OneOf(string field, string value, IReadOnlyList<string> allowed) =>
        allowed.Contains(value, StringComparer.Ordinal) ? null : new FactError(field, "one-of", $"'{value}' is not one of {string.Join(", ", allowed)}");

    /// <summary>A last day before the first, or <c>null</c>.</summary>
    public static FactError? NotBefore(string field, LocalDate? to, LocalDate? from, string fromField) =>
        to is { } end && from is { } start && end < start
            ? new FactError(field, "to-before-from", $"{LocalDatePattern.Iso.Format(end)} is before {fromField} {LocalDatePattern.Iso.Format(start)}")
            : null;
}
