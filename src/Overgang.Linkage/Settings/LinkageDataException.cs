namespace Overgang.Linkage.Settings;

/// <summary>A linkage data file that cannot be read: names the file, the line and what is wrong.</summary>
/// <remarks>The files ship with the assembly, so a broken one is a defect to fix, not an expected outcome.</remarks>
public sealed class LinkageDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LinkageDataException(string file, long line, string problem)
        : base($"{file}:{line}: {problem}")
    {
        File = file;
        Line = line;
    }

    /// <summary>Creates the exception without a location.</summary>
    public LinkageDataException()
        : this("(unknown)", 0, "invalid linkage data file")
    {
    }

    /// <summary>Creates the exception without a location.</summary>
    public LinkageDataException(string message)
        : this("(unknown)", 0, message)
    {
    }

    /// <summary>Creates the exception without a location.</summary>
    public LinkageDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "(unknown)";
    }

    /// <summary>The file's name.</summary>
    public string File { get; } = "(unknown)";

    /// <summary>The line (1-based).</summary>
    public long Line { get; }
}
