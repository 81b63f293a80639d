namespace Overgang.Cli;

/// <summary>The exit codes of the overgang command.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>A defect: an unexpected exception.</summary>
    public const int Failure = 1;

    /// <summary>Bad input or a date whose parameters are unknown; the error names the field or parameter.</summary>
    public const int BadInput = 2;

    /// <summary>The SQLite registry is locked by another process (an import or run still busy); try again when it has finished.</summary>
    public const int Locked = 3;

    /// <summary>
    /// The audit key cannot be used for this registry: it is missing while the log has signed entries, it is not the key
    /// the log was signed with, or its setting does not hold a key. One line says what to set; nothing was written.
    /// </summary>
    public const int AuditKey = 4;

    /// <summary>
    /// The registry cannot be opened, read or written (<see cref="Registry.RegistryFault"/>): a full disk, a read-only,
    /// missing or damaged SQLite file, a PostgreSQL server that cannot be reached or refuses the login. One line says
    /// which; what the command had not committed was rolled back, and a batch run goes on when run again.
    /// </summary>
    public const int Registry = 5;

    /// <summary>
    /// A batch run stopped on request (Ctrl-C or SIGTERM) before it finished: the chunks committed are kept and the same
    /// command goes on from them (128 + SIGINT, as a shell reports a command ended by Ctrl-C).
    /// </summary>
    public const int Stopped = 130;
}
