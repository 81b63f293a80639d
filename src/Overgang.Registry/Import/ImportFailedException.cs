namespace Overgang.Registry.Import;

/// <summary>Writing a file to the database failed; its transaction was rolled back, so nothing of the file was written.</summary>
public sealed class ImportFailedException : Exception
{
    /// <summary>Creates the exception with a message naming the file (and line when known).</summary>
    public ImportFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ImportFailedException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public ImportFailedException(string message)
        : base(message)
    {
    }
}
