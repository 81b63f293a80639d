namespace Overgang.Testing;

/// <summary>
/// Where the tests look for Chromium (browser tests, letters printed to PDF), and the one line a test fails with when it
/// is not there (shared by the test projects, linked into each).
/// </summary>
public static class ChromiumRequirement
{
    /// <summary>The environment variable that may name another Chromium binary.</summary>
    public const string Variable = "OVERGANG_CHROMIUM";

    /// <summary>Debian's <c>chromium</c> package.</summary>
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>The binary to use: <c>$OVERGANG_CHROMIUM</c> when set, otherwise Debian's.</summary>
    public static string Path => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured ? configured : DefaultPath;

    /// <summary>Whether the binary exists.</summary>
    public static bool IsInstalled => File.Exists(Path);

    /// <summary>What is missing and how to get it, in one line.</summary>
    public static string Missing =>
        $"Chromium not found at {Path}: install the Debian package chromium (./test.sh does when run as root) or set {Variable} to a Chromium binary";
}
