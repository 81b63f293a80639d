using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>A signed commitment to the return programme with an agreed departure date.</summary>
public sealed class ReturnCommitment
{
    /// <summary>The person.</summary>
    public required string PersonId { get; set; }

    /// <summary>Whether the commitment is signed.</summary>
    public bool CommitmentSigned { get; set; }

    /// <summary>The agreed departure date.</summary>
    public LocalDate DepartureDate { get; set; }
}
