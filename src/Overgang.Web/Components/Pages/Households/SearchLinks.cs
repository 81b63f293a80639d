using System.Collections.Immutable;
using Overgang.Web.Persons;

namespace Overgang.Web.Components.Pages.Households;

/// <summary>The links of the search page: the same search on another page or in another order.</summary>
internal static class SearchLinks
{
    /// <summary><c>/households?q=…&amp;municipality=…&amp;location=…&amp;path=…&amp;status=…&amp;sort=…&amp;page=…</c>, leaving out what is not set.</summary>
    public static string To(PersonSearchResult result, int page, string? sort = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var parts = new List<string>();
        Add(parts, "q", result.Query);
        Add(parts, "municipality", result.Municipality);
        Add(parts, "location", result.Location);
        Add(parts, "path", result.Path);
        Add(parts, "status", result.Status);
        var order = sort ?? result.Sort;
        Add(parts, "sort", order == "name" ? null : order);
        Add(parts, "page", page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "/households?" + string.Join('&', parts);
    }

    /// <summary>The page numbers shown: the first, the last, and two either side of the current one.</summary>
    public static ImmutableArray<int> Window(PersonSearchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var last = result.Pages;
        return [.. new[] { 1, result.Page - 2, result.Page - 1, result.Page, result.Page + 1, result.Page + 2, last }.Where(n => n >= 1 && n <= last).Distinct().Order()];
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            parts.Add(name + "=" + Uri.EscapeDataString(value));
        }
    }
}
