using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Overgang.Registry.Audit;

/// <summary>
/// The hash of an audit entry: the UTF-8 of its sequence, time, actor, action, subject, reason, data and the previous
/// entry's hash, joined with U+001F, under the key's HMAC-SHA256 (key version 1) or plain SHA-256 (version 0), as
/// lower-case hex.
/// </summary>
/// <remarks>
/// A run seals an entry per decision or payment: the parts are written as UTF-8 one after the other into one buffer kept
/// per thread (the bytes of the joined text, without making the text), and one keyed hash per thread and key is reset
/// after each entry instead of set up again (<see cref="HMACSHA256.HashData(byte[], byte[])"/> prepares the key every
/// time). U+001F is one byte in UTF-8 and no part can pair a surrogate across it, so the bytes are exactly those of the
/// joined string.
/// </remarks>
internal sealed class AuditHasher : IDisposable
{
    [ThreadStatic]
    private static AuditHasher? _cached;

    private const byte Separator = 0x1f;

    private readonly AuditKey _key;
    private readonly IncrementalHash _hmac;
    private byte[] _bytes = new byte[1024];
    private int _length;

    private AuditHasher(AuditKey key)
    {
        _key = key;
        _hmac = key.CreateHmac();
    }

    /// <summary>This thread's hasher for <paramref name="key"/>.</summary>
    public static AuditHasher For(AuditKey key)
    {
        if (_cached is not { } hasher || !ReferenceEquals(hasher._key, key))
        {
            _cached?.Dispose();
            hasher = new AuditHasher(key);
            _cached = hasher;
        }

        return hasher;
    }

    /// <summary>The entry's hash, as <see cref="AuditChain"/> stores it.</summary>
    public string Hash(int version, long sequence, string at, string actor, string action, string subject, string reason, string data, string previous)
    {
        _length = 0;
        Ensure(20);
        sequence.TryFormat(_bytes.AsSpan(), out _length, default, CultureInfo.InvariantCulture);
        Part(at);
        Part(actor);
        Part(action);
        Part(subject);
        Part(reason);
        Part(data);
        Part(previous);

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        var bytes = _bytes.AsSpan(0, _length);
        if (version == 0)
        {
            SHA256.HashData(bytes, hash);
        }
        else
        {
            _hmac.AppendData(bytes);
            _hmac.GetHashAndReset(hash);
        }

        return Convert.ToHexStringLower(hash);
    }

    public void Dispose() => _hmac.Dispose();

    private void Part(string value)
    {
        Ensure(1 + Encoding.UTF8.GetMaxByteCount(value.Length));
        _bytes[_length++] = Separator;
        _length += Encoding.UTF8.GetBytes(value, _bytes.AsSpan(_length));
    }

    private void Ensure(int more)
    {
        if (_length + more > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + more));
        }
    }
}
