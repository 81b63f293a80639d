namespace Overgang.Registry.Audit;

/// <summary>
/// The audit key cannot be used for this registry: its setting does not hold a key, there is none while the log already
/// has entries signed with one, or it is not the key the log was signed with. Nothing was written with it. The command
/// line reports the message in one line (exit code 4); <c>overgang serve</c> does so before it starts listening.
/// </summary>
public sealed class AuditKeyException : Exception
{
    /// <summary>Creates the exception with a message that says what to do.</summary>
    public AuditKeyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public AuditKeyException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public AuditKeyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
