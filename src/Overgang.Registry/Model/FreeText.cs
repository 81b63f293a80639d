using System.Globalization;

namespace Overgang.Registry.Model;

/// <summary>
/// The one rule for free text stored about a person (names in Latin and Cyrillic script, ids, addresses) and for every
/// other text the import reads: no C0 or C1 control characters (NUL, BEL, escape, ...) and no bidirectional formatting
/// characters (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C), which can make a name display as something else
/// (U+202E reverses the text after it) or break the files and screens that show it.
/// </summary>
/// <remarks>Used by the import for every text value; any other place that lets a person's text be edited must use it too.</remarks>
public static class FreeText
{
    /// <summary>Why the value may not be stored, or <c>null</c> when it may.</summary>
    /// <param name="value">The text.</param>
    /// <param name="lineBreaks">True where line breaks (CR, LF) are allowed, as in an address.</param>
    public static string? Problem(string value, bool lineBreaks = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (var c in value)
        {
            if (char.IsControl(c) && !(lineBreaks && c is '\r' or '\n'))
            {
                return $"contains the control character {Code(c)}, which is not allowed in text";
            }

            if (IsBidiControl(c))
            {
                return $"contains the bidirectional formatting character {Code(c)}, which is not allowed in text";
            }
        }

        return null;
    }

    /// <summary>True for the bidirectional formatting characters: embeddings and overrides, isolates, marks.</summary>
    public static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';

    private static string Code(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}
