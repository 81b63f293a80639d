using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>A transition decision for one person in one run, with its explanation and the parameter version used.</summary>
public sealed class DecisionRecord
{
    /// <summary>The run.</summary>
    public long RunId { get; set; }

    /// <summary>The person.</summary>
    public required string PersonId { get; set; }

    /// <summary>The decision date.</summary>
    public LocalDate Date { get; set; }

    /// <summary>The path (contract names).</summary>
    public required string Path { get; set; }

    /// <summary><c>decided</c> or <c>pending</c>.</summary>
    public required string Status { get; set; }

    /// <summary>First day of a granted document.</summary>
    public LocalDate? ValidFrom { get; set; }

    /// <summary>Last day of a granted document.</summary>
    public LocalDate? ValidUntil { get; set; }

    /// <summary>Reasons, actions and flags as JSON (the <c>decide</c> output of this person).</summary>
    public required string Explanation { get; set; }

    /// <summary>The parameter version used.</summary>
    public required string ParameterVersion { get; set; }
}
