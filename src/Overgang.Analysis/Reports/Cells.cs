using System.Globalization;
using Overgang.Rules;

namespace Overgang.Analysis.Reports;

/// <summary>How numbers are written in report tables: invariant, without thousands separators.</summary>
internal static class Cells
{
    public static string Of(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Of(Money value) => value.ToString();

    public static string Of(double value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Signed(int value) => value.ToString("+0;-0;0", CultureInfo.InvariantCulture);

    public static string Signed(Money value) => value.Cents > 0 ? "+" + value : value.ToString();
}
