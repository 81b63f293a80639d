namespace Overgang.Rules.Parameters;

/// <summary>A parameter file that cannot be read: names the file, the line and what is wrong.</summary>
/// <remarks>Parameter files ship with the rules, so a broken one is a defect to fix, not an expected outcome.</remarks>
public sealed class ParameterFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ParameterFileException(string file, long line, string problem)
        : base($"{file}:{line}: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    /// <summary>Creates the exception without a location.</summary>
    public ParameterFileException()
        : this("(unknown)", 0, "invalid parameter file")
    {
    }

    /// <summary>Creates the exception without a location.</summary>
    public ParameterFileException(string message)
        : this("(unknown)", 0, message)
    {
    }

    /// <summary>Creates the exception without a location.</summary>
    public ParameterFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "(unknown)";
        Problem = message;
    }

    /// <summary>The file name.</summary>
    public string File { get; } = "(unknown)";

    /// <summary>The 1-based line number.</summary>
    public long Line { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; } = "";
}
