namespace Overgang.Web.Analysts.Reforms;

/// <summary>Whether a reform run was queued.</summary>
internal abstract record ReformStart
{
    private ReformStart()
    {
    }

    /// <summary>Queued; the job's id.</summary>
    public sealed record Queued(string JobId) : ReformStart;

    /// <summary>Too many runs are waiting already.</summary>
    public sealed record Full : ReformStart;
}
