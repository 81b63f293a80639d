namespace Overgang.Rules.Parameters;

/// <summary>A public source that parameter values cite.</summary>
/// <param name="Id">Short id used in the parameter files, such as <c>R3</c>.</param>
/// <param name="Cite">Short citation shown in explanations.</param>
/// <param name="Title">What the source is.</param>
/// <param name="Location">Where to check it.</param>
public sealed record Source(string Id, string Cite, string Title, string Location);
