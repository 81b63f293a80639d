namespace Overgang.Registry.Runs;

/// <summary>A run that another process is running on SQLite, where one process runs a run: the message says so in one line.</summary>
public sealed class RunConflictException : InvalidOperationException
{
    /// <summary>Creates the exception with its message.</summary>
    public RunConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception without a message.</summary>
    public RunConflictException()
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public RunConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
