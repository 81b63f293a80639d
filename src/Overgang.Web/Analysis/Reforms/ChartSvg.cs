using System.Text.RegularExpressions;

namespace Overgang.Web.Analysis.Reforms;

/// <summary>Makes a chart's SVG fit a page: as wide as its container (never wider), hidden from screen readers (the figure names it).</summary>
internal static partial class ChartSvg
{
    public static string Embeddable(string svg)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var end = svg.IndexOf('>', StringComparison.Ordinal);
        var root = Size().Replace(svg[..end], "");
        return root + " width=\"100%\" aria-hidden=\"true\" focusable=\"false\"" + svg[end..];
    }

    [GeneratedRegex(@"\s(?:width|height|style)=""[^""]*""", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Size();
}
