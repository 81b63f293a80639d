namespace Overgang.Rules.Countries;

/// <summary>One condition of a national option, as its country package states it.</summary>
/// <param name="Text">The condition; <c>{value}</c> is replaced by the parameter's value on the decision date.</param>
/// <param name="ParameterId">The parameter whose value the text names, or <c>null</c>.</param>
/// <param name="SourceId">The source that states the condition.</param>
public sealed record CountryCondition(string Text, string? ParameterId, string SourceId);
