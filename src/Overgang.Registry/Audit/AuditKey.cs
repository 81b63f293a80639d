using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Overgang.Registry.Audit;

/// <summary>
/// The secret that keys the audit chain (HMAC-SHA256), held outside the database: <c>$OVERGANG_AUDIT_KEY</c> (base64, at
/// least 32 bytes) when set, else a key file next to the registry, created on first use with owner-only permissions
/// (docs/audit.md). Someone who can write the database but does not have the key cannot recompute the chain.
/// </summary>
public sealed class AuditKey
{
    /// <summary>The environment variable that holds the key (base64) and overrides the key file.</summary>
    public const string EnvironmentVariable = "OVERGANG_AUDIT_KEY";

    /// <summary>The environment variable that names the key file (when <see cref="EnvironmentVariable"/> is not set) instead of the registry's default.</summary>
    public const string FileVariable = "OVERGANG_AUDIT_KEY_FILE";

    /// <summary>The key version that entries chained with this key record (0: entries from before keys, plain SHA-256).</summary>
    public const int Version = 1;

    private const int Size = 32;
    private static readonly ConcurrentDictionary<string, AuditKey> _files = new(StringComparer.Ordinal);
    private readonly byte[] _key;

    private AuditKey(byte[] key, string source)
    {
        _key = key;
        Source = source;
        Id = Convert.ToHexStringLower(HMACSHA256.HashData(key, "overgang audit key id"u8))[..16];
    }

    /// <summary>A fingerprint of the key (not the key): names it in checkpoints without revealing it.</summary>
    public string Id { get; }

    /// <summary>Where the key came from: the environment variable or the key file.</summary>
    public string Source { get; }

    /// <summary>A key from its bytes (at least 32).</summary>
    public static AuditKey FromBytes(ReadOnlySpan<byte> key, string source)
    {
        if (key.Length < Size)
        {
            throw new ArgumentException($"an audit key needs at least {Size} bytes ({source} has {key.Length})", nameof(key));
        }

        return new AuditKey(key.ToArray(), source);
    }

    /// <summary>
    /// The key for a registry: <c>$OVERGANG_AUDIT_KEY</c> when set, else the key file, which is created (32 random bytes,
    /// base64, mode 0600) when it does not exist yet and the registry's log has no entry signed with a key
    /// (<paramref name="logIsSigned"/>): a new key cannot verify those entries, and the entries written with it would break the
    /// chain, so a registry that has them is refused instead (a PostgreSQL registry's default key file is relative to the
    /// working directory: a command run from another folder used to make a second key there).
    /// </summary>
    /// <exception cref="AuditKeyException">The environment variable or the key file does not hold a key, or the key file is missing while the log has signed entries.</exception>
    public static AuditKey Resolve(string keyFile, Func<bool> logIsSigned)
    {
        ArgumentNullException.ThrowIfNull(logIsSigned);
        var setting = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(setting))
        {
            return FromBase64(setting, "$" + EnvironmentVariable);
        }

        var path = Path.GetFullPath(keyFile);
        return _files.GetOrAdd(path, file => Load(file, logIsSigned));
    }

    /// <summary>HMAC-SHA256 of the text under this key, as lower-case hex.</summary>
    public string Sign(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // A run signs an entry per decision or payment: the text's bytes go through a pooled buffer, the hash on the stack.
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, bytes);
            Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
            HMACSHA256.HashData(_key, bytes.AsSpan(0, length), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>A reusable HMAC-SHA256 under this key (<see cref="AuditHasher"/> hashes a run's entries with one).</summary>
    internal IncrementalHash CreateHmac() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);

    private static AuditKey Load(string path, Func<bool> logIsSigned)
    {
        if (!File.Exists(path))
        {
            if (logIsSigned())
            {
                throw new AuditKeyException($"the audit key file {path} does not exist, but this registry's audit log has entries signed with a key: " +
                    $"set ${EnvironmentVariable} to that key (base64), or ${FileVariable} to its file, or run from the folder that holds it " +
                    "(a new key would leave those entries unverifiable); nothing was written");
            }

            Create(path);
        }

        return FromBase64(Whole(path), path);
    }

    /// <summary>
    /// The key file's text once it holds a whole key. A key file being made by another thread or process exists before its
    /// key is written (the one that makes it has it open, <see cref="Create"/>): it is read again, every 10 ms for up to
    /// 2 s. Reading it at that moment once failed a CI run ("being used by another process": test databases sharing
    /// PostgreSQL's default <c>data/audit.key</c>); an empty read would have made a key of no bytes.
    /// </summary>
    private static string Whole(string path)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var text = File.ReadAllText(path);
                if (IsKey(text) || attempt == 200)
                {
                    return text;
                }
            }
            catch (IOException) when (attempt < 200)
            {
                // Still open for writing elsewhere.
            }

            Thread.Sleep(10);
        }
    }

    private static bool IsKey(string text)
    {
        var trimmed = text.Trim();
        var bytes = new byte[(trimmed.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(trimmed, bytes, out var length) && length >= Size;
    }

    private static void Create(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Made only where no key file exists (CreateNew); readers may open it meanwhile and wait for the whole key (Whole).
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.Read };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var stream = new FileStream(path, options);
            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(Size)));
            writer.Write('\n');
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs.
        }
    }

    private static AuditKey FromBase64(string text, string source)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException)
        {
            throw new AuditKeyException($"the audit key in {source} is not base64");
        }

        if (key.Length < Size)
        {
            throw new AuditKeyException(string.Create(CultureInfo.InvariantCulture, $"the audit key in {source} has {key.Length} bytes; it needs at least {Size}"));
        }

        return new AuditKey(key, source);
    }
}
