using System.Text;
using CsvHelper;

namespace Overgang.Registry.Import;

/// <summary>
/// A registry CSV file decoded strictly as UTF-8 (BOM stripped) with a checked header; yields its data rows with the
/// line on which each starts.
/// </summary>
internal sealed class CsvSource
{
    private static readonly UTF8Encoding _strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly byte[] _bytes;
    private readonly Dictionary<string, int> _columns;

    private CsvSource(byte[] bytes, Dictionary<string, int> columns)
    {
        _bytes = bytes;
        _columns = columns;
    }

    /// <summary>Decodes the bytes and checks the header against the expected columns; a problem refuses the whole file.</summary>
    public static ImportRejection? TryOpen(ReadOnlySpan<byte> bytes, IReadOnlyList<string> expected, out CsvSource? source)
    {
        source = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        try
        {
            _ = _strict.GetCharCount(bytes);
        }
        catch (DecoderFallbackException)
        {
            var line = FirstInvalidLine(bytes);
            return new ImportRejection(line, "file", $"not valid UTF-8 (first bad bytes on line {line}); save the file as UTF-8, not as Windows-1252 or Windows-1251");
        }

        if (bytes.Trim(" \t\r\n"u8).IsEmpty)
        {
            return new ImportRejection(1, "file", "the file is empty; it needs a header line: " + string.Join(',', expected));
        }

        var data = bytes.ToArray();
        string[] header;
        using (var reader = CsvReader.Create(data, Options(null)))
        {
            if (!reader.Read())
            {
                return new ImportRejection(1, "file", "the file is empty; it needs a header line: " + string.Join(',', expected));
            }

            header = Fields(reader);
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            if (!expected.Contains(header[i]))
            {
                return new ImportRejection(1, header[i], $"unknown column '{header[i]}'; expected exactly: {string.Join(',', expected)}");
            }

            if (!columns.TryAdd(header[i], i))
            {
                return new ImportRejection(1, header[i], $"column '{header[i]}' appears twice");
            }
        }

        var missing = expected.FirstOrDefault(c => !columns.ContainsKey(c));
        if (missing is not null)
        {
            return new ImportRejection(1, missing, $"missing column '{missing}'; expected exactly: {string.Join(',', expected)}");
        }

        source = new CsvSource(data, columns);
        return null;
    }

    /// <summary>The data rows in file order; a row with bad quoting or the wrong number of fields comes with a row problem.</summary>
    public IEnumerable<CsvRow> Rows()
    {
        var malformed = new Dictionary<long, CsvMalformedReason>();
        using var reader = CsvReader.Create(_bytes, Options(record => malformed.TryAdd(record.LineNumber, record.Reason)));
        reader.Read();
        while (reader.Read())
        {
            var line = checked((int)reader.LineNumber);
            var fields = Fields(reader);
            var row = new CsvRow(line, fields, _columns);
            if (malformed.Remove(line, out var reason))
            {
                row.Reject("row", reason switch
                {
                    CsvMalformedReason.UnterminatedQuote => "a quoted value is not closed",
                    CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a value",
                    _ => "a quote inside a value that is not quoted",
                });
            }
            else if (fields.Length != _columns.Count)
            {
                row.Reject("row", $"has {fields.Length} values, the header has {_columns.Count} columns");
            }

            yield return row;
        }
    }

    private static string[] Fields(CsvReader reader)
    {
        var fields = new string[reader.FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = reader.GetString(i) ?? "";
        }

        return fields;
    }

    private static CsvReaderOptions Options(Action<CsvMalformedRecord>? malformed) => new()
    {
        Separator = ',',
        HasHeader = false,
        Mode = CsvMode.Rfc4180,
        SkipEmptyLines = true,
        TrimWhitespace = false,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Recover,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MissingField = CsvMissingFieldHandling.ReturnEmpty,
        OnMalformedRecord = malformed,
    };

    private static int FirstInvalidLine(ReadOnlySpan<byte> bytes)
    {
        var line = 1;
        while (true)
        {
            var end = bytes.IndexOf((byte)'\n');
            var current = end < 0 ? bytes : bytes[..end];
            try
            {
                _ = _strict.GetCharCount(current);
            }
            catch (DecoderFallbackException)
            {
                return line;
            }

            if (end < 0)
            {
                return line;
            }

            bytes = bytes[(end + 1)..];
            line++;
        }
    }
}
