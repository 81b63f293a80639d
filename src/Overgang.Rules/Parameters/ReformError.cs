namespace Overgang.Rules.Parameters;

/// <summary>Why a reform file cannot be used: the file, the 1-based line and the problem.</summary>
/// <param name="File">The file name as given.</param>
/// <param name="Line">The line of the problem (0 when the whole file is concerned).</param>
/// <param name="Problem">What is wrong.</param>
public sealed record ReformError(string File, long Line, string Problem)
{
    /// <summary>The error as <c>file:line: problem</c>.</summary>
    public string Message => $"{File}:{Line}: {Problem}";
}
