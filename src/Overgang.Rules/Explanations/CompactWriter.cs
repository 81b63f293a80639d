using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text;
using NodaTime;

namespace Overgang.Rules.Explanations;

/// <summary>Writes the compact stored form of an explanation: unsigned LEB128 numbers, dates as days, strings by their number in a <see cref="StoredTexts"/>.</summary>
/// <remarks>
/// A writer keeps its buffers between values: <see cref="For"/> hands out one writer per thread, reset, so encoding a
/// chunk of decisions or payments allocates only the arrays it returns (the bytes are the same as from a new writer).
/// </remarks>
internal sealed class CompactWriter
{
    [ThreadStatic]
    private static CompactWriter? _cached;

    private readonly ArrayBufferWriter<byte> _buffer = new(256);
    private readonly StoredTexts _texts;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _index;
    private CompactWriter? _inner;
    private CompactWriter? _words;

    /// <summary>Table strings met before, by object (a direct-mapped cache of <see cref="KnownSlots"/> slots), and their numbers.</summary>
    private readonly string?[] _known = new string?[KnownSlots];
    private readonly int[] _knownIndex = new int[KnownSlots];

    private const int KnownSlots = 1024;

    public CompactWriter(StoredTexts texts)
    {
        _texts = texts;
        _index = texts.SpanIndex;
    }

    /// <summary>This thread's writer for <paramref name="texts"/>, empty; valid until the next call on the thread (take <see cref="ToArray"/> before).</summary>
    public static CompactWriter For(StoredTexts texts)
    {
        if (_cached is not { } writer || !ReferenceEquals(writer._texts, texts))
        {
            writer = new CompactWriter(texts);
            _cached = writer;
        }

        writer.Reset();
        return writer;
    }

    private void Reset() => _buffer.ResetWrittenCount();

    /// <summary>A reset writer for the same table, kept for a nested value (an affixed word, the words of a text).</summary>
    private static CompactWriter Scratch(ref CompactWriter? field, StoredTexts texts)
    {
        field ??= new CompactWriter(texts);
        field.Reset();
        return field;
    }

    /// <summary>Days are counted from this date (zig-zag, so earlier dates are as short).</summary>
    internal static readonly LocalDate Epoch = new(2000, 1, 1);

    internal const int InlineString = 0;
    internal const int DateString = 1;
    internal const int WordsString = 2;
    internal const int AmountString = 3;
    internal const int IntegerString = 4;
    internal const int CodeString = 5;
    internal const int AffixedString = 6;
    internal const int FirstTableString = 7;

    /// <summary>The characters a word may end with (at most two) around a short word: <c>adult;</c>, <c>(144.12):</c>, <c>115%</c>.</summary>
    internal const string Suffixes = ",:;)%";

    public void Byte(byte value)
    {
        _buffer.GetSpan(1)[0] = value;
        _buffer.Advance(1);
    }

    public void Bytes(ReadOnlySpan<byte> value) => _buffer.Write(value);

    public void Number(ulong value)
    {
        if (value < 0x80)
        {
            Byte((byte)value);
            return;
        }

        Span<byte> span = stackalloc byte[10];
        var length = 0;
        while (value >= 0x80)
        {
            span[length++] = unchecked((byte)(value | 0x80));
            value >>= 7;
        }

        span[length++] = (byte)value;
        _buffer.Write(span[..length]);
    }

    public void Signed(long value) => Number(unchecked((ulong)((value << 1) ^ (value >> 63))));

    public void Date(LocalDate date) => Signed(Period.DaysBetween(Epoch, date));

    public void OptionalDate(LocalDate? date)
    {
        if (date is { } day)
        {
            Byte(1);
            Date(day);
        }
        else
        {
            Byte(0);
        }
    }

    /// <summary>
    /// A string: its number in the table; a date as days; an amount (<c>12.50</c>) as cents; text with spaces as its
    /// words when that is shorter (each word as above); else inline UTF-8. <see cref="CompactReader.String"/> gives back
    /// exactly the same string.
    /// </summary>
    public void String(string value)
    {
        // The strings of the table an explanation repeats (rule ids, references, template keys, placeholder names) are the
        // same objects step after step: their number is found by the object, without hashing their characters again.
        var slot = RuntimeHelpers.GetHashCode(value) & (KnownSlots - 1);
        if (ReferenceEquals(_known[slot], value))
        {
            Number((ulong)(_knownIndex[slot] + FirstTableString));
            return;
        }

        if (_index.TryGetValue(value, out var index))
        {
            _known[slot] = value;
            _knownIndex[slot] = index;
            Number((ulong)(index + FirstTableString));
            return;
        }

        if (!TryUnnumbered(value) && !TryAffixed(value))
        {
            if (value.Contains(' ', StringComparison.Ordinal) && Words(value) is { } words && words._buffer.WrittenCount < Encoding.UTF8.GetByteCount(value))
            {
                Number(WordsString);
                Bytes(words._buffer.WrittenSpan);
            }
            else
            {
                Inline(value);
            }
        }
    }

    /// <summary>
    /// An amount of cents, as <see cref="String"/> writes its text (<see cref="AmountText"/>), without making the text:
    /// false (nothing written) when the table holds a string written like an amount, which <see cref="String"/> would
    /// write by its number, or when the amount is too large for <see cref="TryAmount(ReadOnlySpan{char}, out long)"/>.
    /// </summary>
    public bool TryAmount(long cents)
    {
        if (_texts.HoldsAmounts || cents is <= -MaxAmountCents or >= MaxAmountCents)
        {
            return false;
        }

        Number(AmountString);
        Signed(cents);
        return true;
    }

    /// <summary>Amounts below this many cents (either sign) have at most 17 characters before their sign: <see cref="TryAmount(ReadOnlySpan{char}, out long)"/> reads them.</summary>
    private const long MaxAmountCents = 10_000_000_000_000_000;

    private bool TryShort(ReadOnlySpan<char> value) => TryPlain(value) || TryAffixed(value);

    /// <summary>A word as a number in the table, a date, an amount, a whole number or a code (<c>P00000005</c>).</summary>
    private bool TryPlain(ReadOnlySpan<char> value)
    {
        if (_index.TryGetValue(value, out var index))
        {
            Number((ulong)(index + FirstTableString));
            return true;
        }

        return TryUnnumbered(value);
    }

    /// <summary>A string not in the table as a date, an amount, a whole number or a code (as <see cref="TryPlain"/> after the table).</summary>
    private bool TryUnnumbered(ReadOnlySpan<char> value)
    {
        if (TryIsoDate(value, out var date))
        {
            Number(DateString);
            Date(date);
        }
        else if (TryAmount(value, out var cents))
        {
            Number(AmountString);
            Signed(cents);
        }
        else if (TryInteger(value, out var whole))
        {
            Number(IntegerString);
            Number(whole);
        }
        else if (TryCode(value, out var letters, out var number))
        {
            Number(CodeString);
            Byte((byte)letters);
            for (var i = 0; i < letters; i++)
            {
                Byte((byte)value[i]);
            }

            Byte((byte)(value.Length - letters));
            Number(number);
        }
        else
        {
            return false;
        }

        return true;
    }

    /// <summary>A plain short word with an opening bracket before it and up to two of <see cref="Suffixes"/> after it.</summary>
    private bool TryAffixed(ReadOnlySpan<char> value)
    {
        var start = value.StartsWith('(') ? 1 : 0;
        var end = value.Length;
        while (value.Length - end < 2 && end - start > 1 && Suffixes.Contains(value[end - 1], StringComparison.Ordinal))
        {
            end--;
        }

        if ((start == 0 && end == value.Length) || end <= start)
        {
            return false;
        }

        var inner = Scratch(ref _inner, _texts);
        if (!inner.TryPlain(value[start..end]))
        {
            return false;
        }

        Number(AffixedString);
        Byte((byte)(start | ((value.Length - end) << 1)));
        for (var i = end; i < value.Length; i++)
        {
            Byte((byte)value[i]);
        }

        Bytes(inner._buffer.WrittenSpan);
        return true;
    }

    /// <summary>True for a whole number written without sign or leading zeros (<c>0</c>, <c>2</c>, <c>115</c>).</summary>
    internal static bool TryInteger(ReadOnlySpan<char> value, out ulong whole)
    {
        whole = 0;
        if (value.Length is < 1 or > 18 || (value[0] == '0' && value.Length > 1))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            whole = (whole * 10) + (ulong)(c - '0');
        }

        return true;
    }

    /// <summary>True for one to three capital letters followed by 4 to 12 digits (a person or household id).</summary>
    internal static bool TryCode(ReadOnlySpan<char> value, out int letters, out ulong number)
    {
        letters = 0;
        number = 0;
        while (letters < value.Length && letters < 3 && char.IsAsciiLetterUpper(value[letters]))
        {
            letters++;
        }

        var digits = value.Length - letters;
        if (letters == 0 || digits is < 4 or > 12)
        {
            return false;
        }

        for (var i = letters; i < value.Length; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }

            number = (number * 10) + (ulong)(value[i] - '0');
        }

        return true;
    }

    private void Inline(ReadOnlySpan<char> value)
    {
        Number(InlineString);
        var length = Encoding.UTF8.GetByteCount(value);
        Number((ulong)length);
        _buffer.Advance(Encoding.UTF8.GetBytes(value, _buffer.GetSpan(length)));
    }

    /// <summary>
    /// The words of a text (split on single spaces, so joining them gives it back) in this writer's words writer, or
    /// <c>null</c> when no word is short.
    /// </summary>
    private CompactWriter? Words(string value)
    {
        var inner = Scratch(ref _words, _texts);
        inner.Number((ulong)(value.AsSpan().Count(' ') + 1));
        var anyShort = false;
        var rest = value.AsSpan();
        while (true)
        {
            var space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            if (inner.TryShort(word))
            {
                anyShort = true;
            }
            else
            {
                inner.Inline(word);
            }

            if (space < 0)
            {
                break;
            }

            rest = rest[(space + 1)..];
        }

        return anyShort ? inner : null;
    }

    /// <summary>True for an amount written with two decimals (<c>0.00</c>, <c>-12.50</c>, <c>2229.50</c>) that <see cref="CompactReader"/> writes back identically.</summary>
    internal static bool TryAmount(ReadOnlySpan<char> value, out long cents)
    {
        cents = 0;
        var negative = value.StartsWith('-');
        var digits = negative ? value[1..] : value;
        if (digits.Length is < 4 or > 17 || digits[^3] != '.' || (digits[0] == '0' && digits.Length > 4))
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (c != '.' && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        if (digits[..^3].Contains('.'))
        {
            return false;
        }

        var whole = long.Parse(digits[..^3], System.Globalization.CultureInfo.InvariantCulture);
        var value100 = (whole * 100) + long.Parse(digits[^2..], System.Globalization.CultureInfo.InvariantCulture);
        if (negative && value100 == 0)
        {
            return false;
        }

        cents = negative ? -value100 : value100;
        return true;
    }

    /// <summary>The text of an amount of cents as <see cref="TryAmount(ReadOnlySpan{char}, out long)"/> reads it.</summary>
    internal static string AmountText(long cents)
    {
        var magnitude = cents < 0 ? -(decimal)cents : cents;
        var text = (magnitude / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        return cents < 0 ? "-" + text : text;
    }

    public byte[] ToArray() => _buffer.WrittenSpan.ToArray();

    /// <summary>True for exactly <c>YYYY-MM-DD</c> of a real date, which <see cref="CompactReader"/> writes back identically.</summary>
    internal static bool TryIsoDate(ReadOnlySpan<char> value, out LocalDate date)
    {
        date = default;
        if (value.Length != 10 || value[4] != '-' || value[7] != '-')
        {
            return false;
        }

        foreach (var i in (ReadOnlySpan<int>)[0, 1, 2, 3, 5, 6, 8, 9])
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }
        }

        var year = ((value[0] - '0') * 1000) + ((value[1] - '0') * 100) + ((value[2] - '0') * 10) + (value[3] - '0');
        var month = ((value[5] - '0') * 10) + (value[6] - '0');
        var day = ((value[8] - '0') * 10) + (value[9] - '0');
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }
}
