namespace Overgang.Registry.Tests.Support;

/// <summary>The options of a run a test crashes on purpose.</summary>
public static class CrashedRun
{
    /// <summary>
    /// The lease on the chunks a crashed run leaves behind (PostgreSQL): a second rather than production's minute, so that
    /// the run that resumes takes them over as it would after a crash in production, without waiting a minute for it.
    /// </summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(1);
}
