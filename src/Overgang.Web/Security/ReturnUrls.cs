namespace Overgang.Web.Security;

/// <summary>Where to go after signing in: only a path on this site, never another host (an open redirect).</summary>
internal static class ReturnUrls
{
    /// <summary>The URL when it is a local path (<c>/x</c>, not <c>//host</c> or <c>/\host</c>), else <c>/</c>.</summary>
    public static string LocalOrHome(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
