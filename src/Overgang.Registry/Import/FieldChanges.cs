using NodaTime;
using NodaTime.Text;

namespace Overgang.Registry.Import;

/// <summary>Applies a row's values to a stored record and remembers which fields changed, with their new values, for the audit entry.</summary>
internal sealed class FieldChanges
{
    private readonly List<KeyValuePair<string, string?>> _changes = [];

    public bool Any => _changes.Count > 0;

    public string Json => AuditData.Of(_changes);

    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public void Add(string field, string? value) => _changes.Add(new KeyValuePair<string, string?>(field, value));

    public void Set(string field, string? current, string? next, Action<string?> apply)
    {
        if (!string.Equals(current, next, StringComparison.Ordinal))
        {
            apply(next);
            Add(field, next);
        }
    }

    public void Set(string field, LocalDate? current, LocalDate? next, Action<LocalDate?> apply)
    {
        if (current != next)
        {
            apply(next);
            Add(field, next is { } date ? Format(date) : null);
        }
    }
}
