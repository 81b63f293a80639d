using Overgang.Letters;
using Overgang.Web.Languages;

namespace Overgang.Web.Components.Pages.Locations;

/// <summary>The words the location pages share.</summary>
internal static class LocationTexts
{
    public static string Kind(string kind, LetterLanguage language) => kind switch
    {
        "municipal" => language.T("Gemeentelijke opvang", "Муніципальне розміщення", "Municipal reception"),
        "municipal-catering" => language.T("Gemeentelijke opvang met maaltijden", "Муніципальне розміщення з харчуванням", "Municipal reception with meals"),
        "coa" => "COA",
        _ => kind,
    };

    public static string Occupancy(int occupied, int capacity) =>
        capacity <= 0 ? "–" : (occupied * 100L / capacity).ToString(System.Globalization.CultureInfo.InvariantCulture) + "%";
}
