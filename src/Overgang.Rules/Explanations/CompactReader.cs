using System.Text;
using NodaTime;

namespace Overgang.Rules.Explanations;

/// <summary>Reads what <see cref="CompactWriter"/> wrote; a malformed value throws <see cref="FormatException"/>.</summary>
internal ref struct CompactReader
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly StoredTexts _texts;
    private int _position;

    public CompactReader(ReadOnlySpan<byte> data, StoredTexts texts)
    {
        _data = data;
        _texts = texts;
        _position = 0;
    }

    public readonly bool AtEnd => _position == _data.Length;

    public byte Byte()
    {
        if (_position >= _data.Length)
        {
            throw new FormatException("stored explanation: ends early");
        }

        return _data[_position++];
    }

    public ReadOnlySpan<byte> Bytes(int length)
    {
        if (length < 0 || _position + length > _data.Length)
        {
            throw new FormatException("stored explanation: ends early");
        }

        var span = _data.Slice(_position, length);
        _position += length;
        return span;
    }

    public ulong Number()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = Byte();
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new FormatException("stored explanation: number too long");
    }

    public int Count(int maximum)
    {
        var value = Number();
        return value <= (ulong)maximum ? (int)value : throw new FormatException($"stored explanation: count {value} over {maximum}");
    }

    public long Signed()
    {
        var value = Number();
        return unchecked((long)(value >> 1) ^ -(long)(value & 1));
    }

    public LocalDate Date()
    {
        var days = Signed();
        return days is > -800_000 and < 3_000_000
            ? CompactWriter.Epoch.PlusDays((int)days)
            : throw new FormatException("stored explanation: date out of range");
    }

    public LocalDate? OptionalDate() => Byte() switch
    {
        0 => null,
        1 => Date(),
        var other => throw new FormatException($"stored explanation: optional date tag {other}"),
    };

    public bool Boolean() => Byte() switch
    {
        0 => false,
        1 => true,
        var other => throw new FormatException($"stored explanation: boolean {other}"),
    };

    public string String()
    {
        var tag = Number();
        if (tag == CompactWriter.WordsString)
        {
            var words = new string[Count(1 << 16)];
            for (var i = 0; i < words.Length; i++)
            {
                words[i] = Word(Number());
            }

            return string.Join(' ', words);
        }

        return Word(tag);
    }

    private string Word(ulong tag)
    {
        switch (tag)
        {
            case CompactWriter.InlineString:
                var length = Count(1 << 20);
                return Encoding.UTF8.GetString(Bytes(length));
            case CompactWriter.DateString:
                return Date().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            case CompactWriter.AmountString:
                return CompactWriter.AmountText(Signed());
            case CompactWriter.IntegerString:
                return Number().ToString(System.Globalization.CultureInfo.InvariantCulture);
            case CompactWriter.CodeString:
                var letters = Byte();
                if (letters is < 1 or > 3)
                {
                    throw new FormatException($"stored explanation: code with {letters} letters");
                }

                var prefix = Encoding.ASCII.GetString(Bytes(letters));
                var digits = Byte();
                var number = Number().ToString(System.Globalization.CultureInfo.InvariantCulture);
                return digits is >= 4 and <= 12 && number.Length <= digits && prefix.All(char.IsAsciiLetterUpper)
                    ? prefix + number.PadLeft(digits, '0')
                    : throw new FormatException("stored explanation: malformed code");
            case CompactWriter.AffixedString:
                var shape = Byte();
                var suffixLength = shape >> 1;
                if (shape > 5)
                {
                    throw new FormatException($"stored explanation: affix {shape}");
                }

                var suffix = Encoding.ASCII.GetString(Bytes(suffixLength));
                if (suffix.Any(c => !CompactWriter.Suffixes.Contains(c, StringComparison.Ordinal)))
                {
                    throw new FormatException("stored explanation: malformed suffix");
                }

                var inner = Number();
                if (inner is CompactWriter.InlineString or CompactWriter.WordsString or CompactWriter.AffixedString)
                {
                    throw new FormatException("stored explanation: malformed affixed word");
                }

                return ((shape & 1) == 1 ? "(" : "") + Word(inner) + suffix;
            case CompactWriter.WordsString:
                throw new FormatException("stored explanation: words within words");
            default:
                return tag > int.MaxValue ? throw new FormatException("stored explanation: text number too large") : _texts.At((int)tag - CompactWriter.FirstTableString);
        }
    }

    public T Enum<T>()
        where T : struct, Enum
    {
        var value = Byte();
        var result = (T)(object)(int)value;
        return System.Enum.IsDefined(result) ? result : throw new FormatException($"stored explanation: {value} is no {typeof(T).Name}");
    }
}
