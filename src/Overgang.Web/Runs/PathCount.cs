namespace Overgang.Web.Runs;

/// <summary>Persons on a path with a status.</summary>
/// <param name="Path">The path.</param>
/// <param name="Status"><c>decided</c> or <c>pending</c>.</param>
/// <param name="Persons">How many.</param>
public sealed record PathCount(string Path, string Status, int Persons);
