using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Overgang.Registry.Storage;

/// <summary>
/// Stores an audit entry's chain hash (<see cref="Model.AuditEntry.Hash"/>, 64 lower-case hex characters) as its 32 bytes,
/// and reads it back as the same text: the chain, its verification and checkpoints keep working on the hex form.
/// </summary>
/// <remarks>
/// Applied by EF Core and, through the model, by <see cref="BulkWriter"/> on both providers (a <c>BLOB</c> on SQLite,
/// <c>bytea</c> by binary COPY on PostgreSQL). Migration <c>CompactStorage</c> converted the hex stored before
/// (docs/adr/0010-stored-decisions.md). Hashes are always written in lower case, so the round trip is exact.
/// </remarks>
internal sealed class AuditHashBytes() : ValueConverter<string, byte[]>(
    hex => Convert.FromHexString(hex),
    bytes => Convert.ToHexStringLower(bytes));
