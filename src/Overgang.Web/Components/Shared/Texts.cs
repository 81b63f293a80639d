using System.Globalization;
using NodaTime;

namespace Overgang.Web.Components.Shared;

/// <summary>Dutch display of the registry's codes, amounts and dates on the pages.</summary>
internal static class Texts
{
    // The application runs with invariant globalization: Dutch number format and month names are spelled out here.
    private static readonly string[] _months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    /// <summary>Dutch numbers: decimal comma, thousands point.</summary>
    public static NumberFormatInfo Numbers { get; } = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = ".", NumberGroupSizes = [3] };

    public static string Euro(decimal amount) => "€ " + amount.ToString("N2", Numbers);

    public static string Euro(decimal? amount) => amount is { } a ? Euro(a) : "";

    public static string Date(LocalDate date) => string.Create(CultureInfo.InvariantCulture, $"{date.Day} {_months[date.Month - 1]} {date.Year}");

    public static string Date(LocalDate? date) => date is { } d ? Date(d) : "";

    public static string Month(YearMonth month) => string.Create(CultureInfo.InvariantCulture, $"{_months[month.Month - 1]} {month.Year}");

    public static string Reception(string? code) => code switch
    {
        "municipal" => "gemeentelijke opvang (zelf koken)",
        "municipal-catering" => "gemeentelijke opvang (maaltijden verstrekt)",
        "coa" => "COA-opvang",
        "private" => "particuliere opvang (gastgezin)",
        "own-home" => "eigen woning",
        null => "geen plaatsing",
        _ => code,
    };

    public static string Path(string path) => path switch
    {
        "not-entitled" => "geen recht",
        "protection-ended" => "bescherming beëindigd",
        "other-status" => "andere verblijfsstatus",
        "return-programme" => "terugkeerprogramma",
        "transition-document" => "overgangsdocument",
        "asylum-procedure" => "asielprocedure",
        _ => path,
    };

    public static string Status(string status) => status switch
    {
        "decided" => "besloten",
        "pending" => "in behandeling",
        "open" => "open",
        "done" => "afgerond",
        _ => status,
    };

    public static string Owner(string owner) => owner switch
    {
        "person" => "de persoon",
        "ind" => "IND",
        "municipality" => "gemeente",
        "insurer" => "zorgverzekeraar",
        _ => owner,
    };

    public static string Outcome(string outcome) => outcome switch
    {
        "calculated" => "berekend",
        "ended-absence" => "beëindigd wegens afwezigheid",
        "not-calculable" => "niet te berekenen",
        "invalid-relations" => "relaties kloppen niet",
        _ => outcome,
    };
}
