using System.Text.RegularExpressions;

namespace Overgang.Web.Analysts;

/// <summary>
/// Makes a chart's SVG fit a page beside other charts: as wide as its container (never wider), its ids (clip paths)
/// prefixed so that two charts on a page do not share one, and hidden from screen readers (the figure names it).
/// </summary>
internal static partial class ChartSvg
{
    public static string Embeddable(string svg, string prefix)
    {
        ArgumentNullException.ThrowIfNull(svg);
        svg = Ids().Replace(svg, m => m.Groups["open"].Value + prefix + "-" + m.Groups["id"].Value);
        var end = svg.IndexOf('>', StringComparison.Ordinal);
        var root = Size().Replace(svg[..end], "");
        return root + " width=\"100%\" aria-hidden=\"true\" focusable=\"false\"" + svg[end..];
    }

    [GeneratedRegex(@"\s(?:width|height|style)=""[^""]*""", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Size();

    [GeneratedRegex(@"(?<open>\sid=""|url\(#|href=""#)(?<id>[^""\)]+)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Ids();
}
