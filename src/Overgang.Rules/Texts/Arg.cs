using System.Globalization;
using NodaTime;

namespace Overgang.Rules.Texts;

/// <summary>The arguments of a <see cref="TextPhrase"/>, written as the explanation writes them.</summary>
internal static class Arg
{
    public static TextArgument Person(string name, string id) => new(name, ArgumentKind.Person, id);

    public static TextArgument Amount(string name, Money amount) => new(name, amount);

    public static TextArgument Number(string name, int number) => new(name, ArgumentKind.Number, number.ToString(CultureInfo.InvariantCulture));

    public static TextArgument Number(string name, decimal number) => new(name, ArgumentKind.Number, number.ToString(CultureInfo.InvariantCulture));

    public static TextArgument Date(string name, LocalDate date) => new(name, ArgumentKind.Date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static TextArgument Month(string name, YearMonth month) => new(name, ArgumentKind.Month, month.ToString("yyyy-MM", CultureInfo.InvariantCulture));

    public static TextArgument Term(string name, string key) => new(name, ArgumentKind.Term, key);

    public static TextArgument Text(string name, string text) => new(name, ArgumentKind.Text, text);

    /// <summary>Something for the technical details (a parameter id, a message naming one).</summary>
    public static TextArgument Technical(string name, string text) => new(name, ArgumentKind.Technical, text);

    /// <summary>Something the rules' data names in every language: <paramref name="code"/> in the explanation, the name in the page's language on a page.</summary>
    public static TextArgument Named(string name, string code, string dutch, string ukrainian, string english) =>
        new(name, ArgumentKind.Named, code) { Names = [dutch, ukrainian, english] };

    /// <summary>One phrase inside another.</summary>
    public static TextArgument Phrase(string name, TextPhrase phrase) => List(name, "", [phrase]);

    /// <summary>A date, followed by "(provisional)" when it is.</summary>
    public static TextArgument Day(string name, LocalDate date, bool provisional) =>
        Phrase(name, TextPhrase.Of(provisional ? "day.provisional" : "day", Date("date", date)));

    /// <summary>A list of phrases joined without a separator (<c>""</c>), with commas (<c>","</c>) or with "and" (<c>"and"</c>).</summary>
    /// <remarks>The items are copied once into an array of their number (a query's items through no growing builder).</remarks>
    public static TextArgument List(string name, string separator, IEnumerable<TextPhrase> items) =>
        new(name, ArgumentKind.List, separator) { Items = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(items.ToArray()) };
}
