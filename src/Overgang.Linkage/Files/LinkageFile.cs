using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Overgang.Linkage.Encoding;
using Overgang.Linkage.Records;

namespace Overgang.Linkage.Files;

/// <summary>
/// Another member state's registrations as a CSV file (docs/linkage.md): clear (names in any script) or encoded (keyed
/// Bloom filters and hashes under a scheme line <c># overgang-clk-v1</c>). UTF-8, comma-separated, a header row,
/// fields with commas or quotes in double quotes.
/// </summary>
public static class LinkageFile
{
    /// <summary>The columns of a clear file.</summary>
    public static ImmutableArray<string> ClearColumns { get; } =
        ["record_id", "member_state", "protected_since", "family_name", "given_name", "birth_date", "sex", "nationality", "document_number"];

    /// <summary>The columns of an encoded file.</summary>
    public static ImmutableArray<string> EncodedColumns { get; } =
        ["record_id", "member_state", "protected_since", "family_bf", "given_bf", "birth_date_bf", "sex_h", "nationality_h", "document_h", "blocks"];

    /// <summary>Reads a file; rows that cannot be read are reported in <paramref name="problems"/> (line and reason) and left out.</summary>
    /// <exception cref="FormatException">The header is neither a clear nor an encoded file's, or the scheme is unknown.</exception>
    public static ImmutableArray<IncomingRegistration> Read(TextReader reader, EncodingScheme scheme, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(problems);
        var line = 0;
        string? text;
        string? schemeLine = null;
        while ((text = reader.ReadLine()) is not null)
        {
            line++;
            if (text.StartsWith('#'))
            {
                schemeLine ??= text[1..].Trim();
                continue;
            }

            break;
        }

        if (text is null)
        {
            throw new FormatException("the file is empty: no header row");
        }

        var header = Split(text).Select(h => h.Trim().ToLowerInvariant()).ToList();
        var encoded = header.SequenceEqual(EncodedColumns);
        if (!encoded && !header.SequenceEqual(ClearColumns))
        {
            throw new FormatException($"line {line}: the header is neither a clear file's ({string.Join(',', ClearColumns)}) nor an encoded file's ({string.Join(',', EncodedColumns)})");
        }

        if (encoded && !string.Equals(schemeLine, scheme.Version, StringComparison.Ordinal))
        {
            throw new FormatException($"an encoded file starts with the line '# {scheme.Version}'; this one has {(schemeLine is null ? "none" : "'# " + schemeLine + "'")}");
        }

        var rows = ImmutableArray.CreateBuilder<IncomingRegistration>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while ((text = reader.ReadLine()) is not null)
        {
            line++;
            if (text.Length == 0)
            {
                continue;
            }

            var cells = Split(text);
            if (cells.Count != header.Count)
            {
                problems.Add($"line {line}: {cells.Count} fields, the header has {header.Count}");
                continue;
            }

            var id = cells[0].Trim();
            var state = cells[1].Trim().ToUpperInvariant();
            if (id.Length is 0 or > 100 || !seen.Add(id))
            {
                problems.Add($"line {line}: record_id is {(id.Length == 0 ? "empty" : id.Length > 100 ? "longer than 100 characters" : "a repeat of an earlier row")}");
                continue;
            }

            if (state.Length != 2 || !state.All(char.IsAsciiLetterUpper))
            {
                problems.Add($"line {line}: member_state '{cells[1]}' is not an ISO 3166 alpha-2 code");
                continue;
            }

            LocalDate? since = null;
            if (cells[2].Trim().Length > 0)
            {
                var parsed = LocalDatePattern.Iso.Parse(cells[2].Trim());
                if (!parsed.Success)
                {
                    problems.Add($"line {line}: protected_since '{cells[2]}' is not a date (YYYY-MM-DD)");
                    continue;
                }

                since = parsed.Value;
            }

            try
            {
                rows.Add(encoded
                    ? new IncomingRegistration(id, state, since, null, ReadEncoded(id, cells, scheme))
                    : new IncomingRegistration(id, state, since, ReadClear(id, cells), null));
            }
            catch (FormatException e)
            {
                problems.Add($"line {line}: {e.Message}");
            }
        }

        return rows.ToImmutable();
    }

    /// <summary>Writes an encoded file: the scheme line, the header and one row per registration.</summary>
    public static void WriteEncoded(TextWriter writer, EncodingScheme scheme, IEnumerable<(EncodedRecord Record, string MemberState, LocalDate? Since)> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(rows);
        writer.WriteLine("# " + scheme.Version);
        writer.WriteLine(string.Join(',', EncodedColumns));
        foreach (var (record, state, since) in rows)
        {
            writer.WriteLine(string.Join(',',
                Quote(record.Id), state, since is { } s ? LocalDatePattern.Iso.Format(s) : "",
                Filter(record.Family), Filter(record.Given), Filter(record.BirthDate),
                Hash(record.Sex), Hash(record.Nationality), Hash(record.Document),
                string.Join(' ', record.Blocks.Select(b => b.ToString("x16", CultureInfo.InvariantCulture)))));
        }
    }

    private static LinkRecord ReadClear(string id, List<string> cells)
    {
        var date = cells[5].Trim();
        var birth = LinkDate.Parse(date);
        if (date.Length > 0 && birth is null)
        {
            throw new FormatException($"birth_date '{date}' is neither YYYY-MM-DD nor YYYY");
        }

        return new LinkRecord(id, Empty(cells[3]), Empty(cells[4]), birth, Empty(cells[6]), Empty(cells[7]), Empty(cells[8]));
    }

    private static EncodedRecord ReadEncoded(string id, List<string> cells, EncodingScheme scheme)
    {
        var blocks = cells[9].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(b => ParseHash(b, "blocks")).ToImmutableArray();
        return new EncodedRecord(id,
            ParseFilter(cells[3], scheme.NameBits, "family_bf"), ParseFilter(cells[4], scheme.NameBits, "given_bf"), ParseFilter(cells[5], scheme.DateBits, "birth_date_bf"),
            OptionalHash(cells[6], "sex_h"), OptionalHash(cells[7], "nationality_h"), OptionalHash(cells[8], "document_h"), blocks);
    }

    private static ImmutableArray<ulong> ParseFilter(string text, int bits, string column)
    {
        var t = text.Trim();
        if (t.Length == 0)
        {
            return [];
        }

        var buffer = new byte[bits / 8];
        if (!Convert.TryFromBase64String(t, buffer, out var written) || written != bits / 8)
        {
            throw new FormatException($"{column} is not base64 of {bits} bits");
        }

        return [.. Enumerable.Range(0, bits / 64).Select(i => BitConverter.ToUInt64(buffer, i * 8))];
    }

    private static string Filter(ImmutableArray<ulong> filter)
    {
        if (filter.IsDefaultOrEmpty)
        {
            return "";
        }

        var bytes = new byte[filter.Length * 8];
        for (var i = 0; i < filter.Length; i++)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(i * 8), filter[i]);
        }

        return Convert.ToBase64String(bytes);
    }

    private static ulong? OptionalHash(string text, string column) => text.Trim().Length == 0 ? null : ParseHash(text.Trim(), column);

    private static ulong ParseHash(string text, string column) =>
        text.Length == 16 && ulong.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"{column} '{text}' is not 16 hexadecimal digits");

    private static string Hash(ulong? value) => value is { } v ? v.ToString("x16", CultureInfo.InvariantCulture) : "";

    private static string? Empty(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Splits one CSV line (fields in double quotes may hold commas and doubled quotes).</summary>
    internal static List<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
