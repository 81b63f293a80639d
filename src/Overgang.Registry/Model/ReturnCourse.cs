using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>A reconstruction or skills course of a return-programme participant (004:205-212).</summary>
public sealed class ReturnCourse
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The person.</summary>
    public required string PersonId { get; set; }

    /// <summary><c>reconstruction</c> or <c>skills</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>First day.</summary>
    public LocalDate From { get; set; }

    /// <summary>Last day.</summary>
    public LocalDate To { get; set; }
}
