namespace Overgang.Web.Persons;

/// <summary>The outcome of a change: the new version (also the new ETag).</summary>
/// <param name="Id">The person.</param>
/// <param name="Version">The version after the change.</param>
public sealed record FactsChanged(string Id, long Version);
