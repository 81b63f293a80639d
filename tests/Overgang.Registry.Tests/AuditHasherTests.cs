using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Overgang.Registry.Audit;

namespace Overgang.Registry.Tests;

/// <summary>
/// The audit hash is what every stored entry was chained with: <see cref="AuditHasher"/> must hash exactly the bytes the
/// chain hashed before (the UTF-8 of the parts joined with U+001F), or no existing registry would verify.
/// </summary>
public sealed class AuditHasherTests
{
    private static readonly byte[] _keyBytes = [.. Enumerable.Range(0, 32).Select(i => (byte)i)];

    [Fact]
    public void Hash_KnownEntry_IsTheHashStoredRegistriesHold()
    {
        // Given: an entry hashed by Python's hmac and hashlib over the joined text
        var key = AuditKey.FromBytes(_keyBytes, "test");
        string[] parts = ["2026-11-22T12:00:00Z", "system:run", "decision", "P00000001", "besluit – ї", "{\"outcome\":\"їжа €\"}", AuditChain.Genesis];

        // When
        var keyed = AuditHasher.For(key).Hash(1, 7, parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6]);
        var plain = AuditHasher.For(key).Hash(0, 7, parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6]);

        // Then
        Assert.Equal("5010a52648755bb5c66c9bc5d1b90f0c68ab16df46f1a42148dd0b4294cc1adf", keyed);
        Assert.Equal("9b4d04518c15c0d1f82fdec2eb19ef48619c9e4bafccf0d0440e3cf5f2a809d7", plain);
    }

    [Fact]
    public void Hash_ManyEntriesOneAfterAnother_EqualsTheHashOfTheJoinedText()
    {
        // Given: one hasher reused over random entries (any characters, lone surrogates, parts longer than its buffer)
        var key = AuditKey.FromBytes(_keyBytes, "test");
        var hasher = AuditHasher.For(key);
        var random = new Random(31);

        for (var i = 0; i < 500; i++)
        {
            var sequence = random.NextInt64(0, long.MaxValue);
            var parts = Enumerable.Range(0, 7).Select(_ => Text(random)).ToArray();
            var version = random.Next(2);

            // When
            var hash = hasher.Hash(version, sequence, parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6]);

            // Then: as the chain hashed before, the joined string's UTF-8 under HMAC-SHA256 (or SHA-256 for version 0)
            var joined = Encoding.UTF8.GetBytes(string.Join('\u001f', [sequence.ToString(CultureInfo.InvariantCulture), .. parts]));
            var expected = version == 0 ? SHA256.HashData(joined) : HMACSHA256.HashData(_keyBytes, joined);
            Assert.Equal(Convert.ToHexStringLower(expected), hash);
        }
    }

    [Fact]
    public void For_AnotherKey_HashesWithThatKey()
    {
        // Given
        var first = AuditKey.FromBytes(_keyBytes, "first");
        var second = AuditKey.FromBytes([.. _keyBytes.Select(b => (byte)(b + 1))], "second");

        // When
        var one = AuditHasher.For(first).Hash(1, 1, "a", "b", "c", "d", "e", "f", "g");
        var other = AuditHasher.For(second).Hash(1, 1, "a", "b", "c", "d", "e", "f", "g");

        // Then
        Assert.NotEqual(one, other);
        Assert.Equal(one, AuditHasher.For(first).Hash(1, 1, "a", "b", "c", "d", "e", "f", "g"));
    }

    private static string Text(Random random)
    {
        var length = random.Next(10) == 0 ? random.Next(600, 3000) : random.Next(0, 40);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = random.Next(6) switch
            {
                0 => (char)random.Next(0xd800, 0xe000), // a surrogate, often unpaired
                1 => (char)random.Next(0x400, 0x500),   // Cyrillic
                2 => (char)random.Next(0x80, 0x800),
                3 => (char)random.Next(0x800, 0xd800),
                _ => (char)random.Next(0x20, 0x7f),
            };
        }

        return new string(chars);
    }
}
