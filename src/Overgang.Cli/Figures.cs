using System.Globalization;
using Overgang.Rules;

namespace Overgang.Cli;

/// <summary>
/// Numbers in the command's console output: one culture (invariant: 1,234,567 and 1,234.56) for counts and money alike,
/// whatever the machine's culture. JSON and CSV outputs keep their own formats.
/// </summary>
internal static class Figures
{
    /// <summary>The culture of the console output.</summary>
    public static CultureInfo Culture => CultureInfo.InvariantCulture;

    /// <summary>A count with thousands separators: 135,010.</summary>
    public static string Count(long value) => value.ToString("N0", Culture);

    /// <summary>An amount in euros with thousands separators and two decimals: 171,717.97.</summary>
    public static string Euros(Money amount) => amount.Euros.ToString("N2", Culture);

    /// <summary>The sum of amounts in euros, as <see cref="Euros(Money)"/>.</summary>
    public static string Euros(IEnumerable<Money> amounts) => Euros(new Money(amounts.Sum(a => a.Cents)));

    /// <summary>A share in percent with one decimal: 99.5 %; empty when the whole is zero.</summary>
    public static string Percent(long part, long whole) => whole == 0 ? "" : (100.0 * part / whole).ToString("0.0", Culture) + " %";
}
