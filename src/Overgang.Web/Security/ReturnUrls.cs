namespace Overgang.Web.Security;

/// <summary>Where to go after signing in: only a path on this site, never another host (an open redirect).</summary>
internal static class ReturnUrls
{
    /// <summary>
    /// The URL when it is a local path (<c>/x</c>, not <c>//host</c> or <c>/\host</c>) of printable ASCII only (a
    /// redirect's Location header takes nothing else, and a browser may read other characters as a slash), else <c>/</c>.
    /// </summary>
    public static string LocalOrHome(string? url) =>
        url is { Length: > 0 and <= MaxLength } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            && url.All(c => c is > ' ' and < (char)0x7F and not '\\')
            ? url
            : "/";

    private const int MaxLength = 2000;
}
