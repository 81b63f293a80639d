using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Overgang.Registry.Audit;

/// <summary>
/// A signed statement of the audit chain's head: how many entries it had, the last one's sequence and hash, when, and
/// which key. Kept outside the registry's machine, it lets <c>overgang audit verify --checkpoint</c> detect a log that was
/// shortened below it or rewritten before it, even with every hash recomputed with the key.
/// </summary>
/// <param name="Entries">Entries in the log when the checkpoint was made.</param>
/// <param name="LastSequence">The sequence of the last entry (0 for an empty log).</param>
/// <param name="HeadHash">The chain hash of the last entry (the genesis value for an empty log).</param>
/// <param name="At">When it was made.</param>
/// <param name="KeyId">The fingerprint of the audit key (<see cref="AuditKey.Id"/>).</param>
/// <param name="Signature">HMAC-SHA256 of the fields above under the audit key.</param>
public sealed record AuditCheckpoint(long Entries, long LastSequence, string HeadHash, Instant At, string KeyId, string Signature)
{
    private static readonly JsonSerializerOptions _json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    /// <summary>Signs a checkpoint of a verified chain.</summary>
    public static AuditCheckpoint Create(long entries, long lastSequence, string headHash, Instant at, AuditKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var unsigned = new AuditCheckpoint(entries, lastSequence, headHash, at, key.Id, "");
        return unsigned with { Signature = key.Sign(unsigned.SignedText()) };
    }

    /// <summary>True when the signature was made with this key over these fields.</summary>
    public bool IsSignedBy(AuditKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var expected = Encoding.ASCII.GetBytes(key.Sign(SignedText()));
        return KeyId == key.Id && CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(Signature));
    }

    /// <summary>The checkpoint as a small JSON document.</summary>
    public string ToJson() => JsonSerializer.Serialize(
        new Document(Entries, LastSequence, HeadHash, InstantPattern.ExtendedIso.Format(At), KeyId, Signature), _json);

    /// <summary>Reads a checkpoint file's text; <c>null</c> with a problem when it is not one.</summary>
    public static AuditCheckpoint? Parse(string json, out string? problem)
    {
        problem = null;
        Document? document;
        try
        {
            document = JsonSerializer.Deserialize<Document>(json, _json);
        }
        catch (JsonException e)
        {
            problem = "not a checkpoint (not JSON: " + e.Message + ")";
            return null;
        }

        var at = document?.At is { } text ? InstantPattern.ExtendedIso.Parse(text) : null;
        if (document is null || document.HeadHash is null || document.KeyId is null || document.Signature is null || at is not { Success: true } || document.Entries < 0 || document.LastSequence < 0)
        {
            problem = "not a checkpoint (it needs entries, lastSequence, headHash, at, keyId and signature)";
            return null;
        }

        return new AuditCheckpoint(document.Entries, document.LastSequence, document.HeadHash, at.Value, document.KeyId, document.Signature);
    }

    private string SignedText() => string.Join(
        '\u001f', "overgang-audit-checkpoint/1", Entries.ToString(CultureInfo.InvariantCulture), LastSequence.ToString(CultureInfo.InvariantCulture), HeadHash, InstantPattern.ExtendedIso.Format(At), KeyId);

    private sealed record Document(
        [property: JsonRequired] long Entries,
        [property: JsonRequired] long LastSequence,
        string? HeadHash,
        string? At,
        string? KeyId,
        string? Signature);
}
