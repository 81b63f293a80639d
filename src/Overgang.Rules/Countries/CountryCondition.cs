namespace Overgang.Rules.Countries;

/// <summary>One condition of a national option, as its country package states it.</summary>
/// <param name="Text">The condition; <c>{value}</c> is replaced by the parameter's value on the decision date.</param>
/// <param name="ParameterId">The parameter whose value the text names, or <c>null</c>.</param>
/// <param name="SourceId">The source that states the condition.</param>
public sealed record CountryCondition(string Text, string? ParameterId, string SourceId)
{
    /// <summary>How a person's facts are checked against the condition (<see cref="ConditionCheck"/>); <c>null</c> for an option decided by the Dutch transition rules.</summary>
    public ConditionCheck? Check { get; init; }

    /// <summary>For <see cref="ConditionCheck.Fact"/>: the fact the condition needs and the registry does not hold (a key of the texts' terms, <c>fact.&lt;name&gt;</c>).</summary>
    public string? Fact { get; init; }
}

/// <summary>How a condition of a national option is checked against a person's facts.</summary>
public enum ConditionCheck
{
    /// <summary>Not a condition on the person (such as "regardless of employment status"): always met.</summary>
    Always,

    /// <summary>
    /// Temporary protection registered in the option's member state, lasting on the date and begun at least the
    /// condition's parameter (years) before it.
    /// </summary>
    ProtectionYears,

    /// <summary>A fact the registry does not hold (economic independence, a registration of interest): unknown, naming the fact.</summary>
    Fact,
}
