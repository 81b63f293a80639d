using NodaTime;

namespace Overgang.Rules.Transition;

/// <summary>A date read from a parameter, with whether that value is provisional.</summary>
/// <param name="Date">The date.</param>
/// <param name="IsProvisional">Whether the parameter value is provisional.</param>
internal readonly record struct DatedValue(LocalDate Date, bool IsProvisional);
