namespace Overgang.Web.Runs;

/// <summary>What this process knows of a run it started: running or not, progress, and the error that stopped it.</summary>
internal sealed record LiveRun(bool Running, int? Done, int? Total, string? Error);
