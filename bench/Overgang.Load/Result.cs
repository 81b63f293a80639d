namespace Overgang.Load;

/// <summary>The samples of one run and how long it took.</summary>
internal sealed record Result(IReadOnlyList<Sample> Samples, TimeSpan Elapsed);
