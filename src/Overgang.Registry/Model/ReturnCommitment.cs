using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>An enrolment in the return programme: the commitment, signed or not, and the departure date once agreed.</summary>
public sealed class ReturnCommitment
{
    /// <summary>The person.</summary>
    public required string PersonId { get; set; }

    /// <summary>Whether the commitment is signed.</summary>
    public bool CommitmentSigned { get; set; }

    /// <summary>The agreed departure date, or <c>null</c> while it is to be agreed.</summary>
    public LocalDate? DepartureDate { get; set; }

    /// <summary>The day of enrolment, or <c>null</c> when not recorded (rows imported before issue 16).</summary>
    public LocalDate? EnrolledOn { get; set; }

    /// <summary>The package components offered, as codes separated by commas (<c>travel-ticket</c>, <c>cash-contribution</c>, <c>in-kind-reintegration</c>, <c>documentation</c>), or empty.</summary>
    public string Package { get; set; } = "";

    /// <summary>Raised on every change through the web (optimistic concurrency).</summary>
    public long Version { get; set; }
}
