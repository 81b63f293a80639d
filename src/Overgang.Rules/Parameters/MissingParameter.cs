using NodaTime;

namespace Overgang.Rules.Parameters;

/// <summary>A parameter that a rule needs on a date but that has no known value then: an outcome, not a crash.</summary>
/// <param name="ParameterId">The parameter that is missing.</param>
/// <param name="Date">The date it was needed for.</param>
/// <param name="Reason">Why it is missing: unknown in the sources, or before the first known value.</param>
public sealed record MissingParameter(string ParameterId, LocalDate Date, string Reason)
{
    /// <summary>A sentence naming the parameter and the date.</summary>
    public string Message => $"parameter {ParameterId} is unknown on {Date:yyyy-MM-dd}: {Reason}";
}
