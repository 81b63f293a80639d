namespace Overgang.Analysis.Reforms;

/// <summary>Persons on a transition path with a status.</summary>
/// <param name="Path">The path's contract name.</param>
/// <param name="Status"><c>decided</c> or <c>pending</c>.</param>
/// <param name="Persons">The number of persons.</param>
public sealed record PathCount(string Path, string Status, int Persons);
