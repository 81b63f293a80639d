namespace Overgang.Rules.Transition;

/// <summary>One fact a rule used, by its input name (<c>protection.since</c>) or parameter id, with its value as text.</summary>
/// <param name="Name">The input field or parameter id.</param>
/// <param name="Value">The value in the input vocabulary: a date <c>YYYY-MM-DD</c>, an enum string, <c>true</c>/<c>false</c>.</param>
public readonly record struct Fact(string Name, string Value);
