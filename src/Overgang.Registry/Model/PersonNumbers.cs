using System.Globalization;

namespace Overgang.Registry.Model;

/// <summary>
/// The rule for a person's Dutch reference numbers, in one place for the import and any form: the citizen service number
/// (BSN, nine digits passing the eleven-test) and the alien number of the IND (V-number, ten digits).
/// </summary>
public static class PersonNumbers
{
    /// <summary>Digits in a BSN.</summary>
    public const int BsnLength = 9;

    /// <summary>Digits in a V-number.</summary>
    public const int VNumberLength = 10;

    /// <summary>Why <paramref name="bsn"/> is not a BSN, or <c>null</c> when it is one.</summary>
    public static string? BsnProblem(string bsn)
    {
        ArgumentNullException.ThrowIfNull(bsn);
        if (bsn.Length != BsnLength || !bsn.All(char.IsAsciiDigit))
        {
            return "must be nine digits (write an eight-digit number with a leading zero)";
        }

        return PassesElevenTest(bsn) ? null : "fails the eleven-test (elfproef): a digit is wrong";
    }

    /// <summary>Why <paramref name="vNumber"/> is not a V-number, or <c>null</c> when it is one.</summary>
    public static string? VNumberProblem(string vNumber)
    {
        ArgumentNullException.ThrowIfNull(vNumber);
        return vNumber.Length == VNumberLength && vNumber.All(char.IsAsciiDigit) && vNumber.Any(c => c != '0')
            ? null
            : "must be ten digits";
    }

    /// <summary>Whether <paramref name="text"/> has the form of a BSN and passes the eleven-test.</summary>
    public static bool IsBsn(string text) => BsnProblem(text) is null;

    /// <summary>Whether <paramref name="text"/> has the form of a V-number.</summary>
    public static bool IsVNumber(string text) => VNumberProblem(text) is null;

    /// <summary>
    /// The BSN that completes an eight-digit <paramref name="prefix"/> (10000000 to 99999999) by its check digit, or
    /// <c>null</c> when no digit does (the weighted sum leaves 10).
    /// </summary>
    public static string? CompleteBsn(int prefix)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(prefix, 10_000_000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(prefix, 99_999_999);
        var digits = prefix.ToString(CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (digits[i] - '0') * (9 - i);
        }

        var check = sum % 11;
        return check == 10 ? null : digits + (char)('0' + check);
    }

    // 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11, and the number is not zero.
    private static bool PassesElevenTest(string bsn)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (bsn[i] - '0') * (9 - i);
        }

        sum -= bsn[8] - '0';
        return sum % 11 == 0 && bsn.Any(c => c != '0');
    }
}
