using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Overgang.Linkage.Encoding;

/// <summary>
/// The secret two member states share to encode their registrations: every Bloom-filter bit, keyed hash and blocking key
/// is derived with HMAC-SHA256 under it, so a party without the key cannot test a guessed name against an encoding.
/// </summary>
public sealed class LinkageKey
{
    /// <summary>The environment variable the command line reads the key from when no key file is given.</summary>
    public const string EnvironmentVariable = "OVERGANG_LINKAGE_KEY";

    /// <summary>The shortest key accepted, in bytes.</summary>
    public const int MinimumBytes = 16;

    private readonly byte[] _secret;
    private readonly ConcurrentDictionary<string, (ulong First, ulong Second)> _tokens = new(StringComparer.Ordinal);

    private LinkageKey(byte[] secret) => _secret = secret;

    /// <summary>A key from its bytes (at least <see cref="MinimumBytes"/>).</summary>
    public static LinkageKey FromBytes(ReadOnlySpan<byte> secret)
    {
        if (secret.Length < MinimumBytes)
        {
            throw new ArgumentException($"a linkage key has at least {MinimumBytes} bytes; this one has {secret.Length}", nameof(secret));
        }

        return new LinkageKey(secret.ToArray());
    }

    /// <summary>Reads a key written as base64 or hexadecimal text; <c>null</c> with a reason when it is neither or too short.</summary>
    public static LinkageKey? Parse(string text, out string problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        byte[]? bytes = null;
        if (t.Length % 2 == 0 && t.All(char.IsAsciiHexDigit))
        {
            bytes = Convert.FromHexString(t);
        }
        else
        {
            var buffer = new byte[t.Length];
            if (Convert.TryFromBase64String(t, buffer, out var written))
            {
                bytes = buffer[..written];
            }
        }

        if (bytes is null)
        {
            problem = "neither base64 nor hexadecimal text";
            return null;
        }

        if (bytes.Length < MinimumBytes)
        {
            problem = $"{bytes.Length} bytes long; a linkage key has at least {MinimumBytes}";
            return null;
        }

        problem = "";
        return new LinkageKey(bytes);
    }

    /// <summary>A new random key of 32 bytes, as base64 text.</summary>
    public static string NewText() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The keyed 64-bit hash of a value in a field (an exact-equality code: sex, nationality, document number, blocking key).</summary>
    public ulong Hash(string field, string value) => Token(field, value).First;

    /// <summary>The two keyed 64-bit hashes of a token, for double hashing into a Bloom filter (cached: tokens repeat).</summary>
    internal (ulong First, ulong Second) Token(string field, string token) =>
        _tokens.GetOrAdd(field + "\u001f" + token, Compute);

    /// <summary>The keyed hash of a blocking key, without caching (blocking keys rarely repeat).</summary>
    internal ulong Block(string text) => Compute("block\u001f" + text).First;

    private (ulong First, ulong Second) Compute(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(_secret, System.Text.Encoding.UTF8.GetBytes(text), hash);
        return (BitConverter.ToUInt64(hash[..8]), BitConverter.ToUInt64(hash[8..16]));
    }
}
