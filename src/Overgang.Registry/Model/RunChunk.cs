using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>
/// One chunk of a batch run shared by several workers (PostgreSQL): its keys from <see cref="FirstKey"/> to
/// <see cref="LastKey"/>, and who holds it until when. A worker leases a free chunk (<c>FOR UPDATE SKIP LOCKED</c>), renews
/// the lease while it works and marks the chunk <c>done</c> in the transaction that commits its results.
/// </summary>
public sealed class RunChunk
{
    /// <summary>The run.</summary>
    public long RunId { get; set; }

    /// <summary>The chunk's place in the run, from 0, in key order.</summary>
    public int Index { get; set; }

    /// <summary>The chunk's first key.</summary>
    public required string FirstKey { get; set; }

    /// <summary>The chunk's last key.</summary>
    public required string LastKey { get; set; }

    /// <summary><c>free</c> (never leased, or its lease expired without a commit) or <c>done</c>.</summary>
    public required string Status { get; set; }

    /// <summary>The worker holding the lease (machine/process/worker), or <c>null</c>.</summary>
    public string? LeasedBy { get; set; }

    /// <summary>When the lease expires unless renewed (the database server's clock); another worker may then take the chunk.</summary>
    public Instant? LeaseExpires { get; set; }
}
