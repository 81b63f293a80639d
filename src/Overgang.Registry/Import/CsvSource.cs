using System.Text;

namespace Overgang.Registry.Import;

/// <summary>
/// A registry CSV file decoded strictly as UTF-8 (BOM stripped) with a checked header; yields its data rows with the
/// line on which each starts.
/// </summary>
/// <remarks>
/// <para>RFC 4180 quoting, read by a parser of our own so that a broken row cannot take the rest of the file with it. A
/// quoted value may span lines only in a column that allows line breaks (an address); anywhere else a quote still open at
/// the end of its line is an <em>unterminated quote starting on line N</em>. A broken row is rejected as a whole (field
/// <c>row</c>) and reading goes on with the next line; when the broken row had run over several lines (a quote opened in
/// an address column and never properly closed), reading goes on with the line after the one the row started on, so
/// every line after it is read and reported.</para>
/// <para>So the counts reconcile with the file: every non-empty line after the header is one row, except the
/// continuation lines of a well-formed value that spans lines.</para>
/// </remarks>
internal sealed class CsvSource
{
    private static readonly UTF8Encoding _strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly string _text;
    private readonly int _dataStart;
    private readonly int _dataLine;
    private readonly Dictionary<string, int> _columns;
    private readonly bool[] _spansLines;

    private CsvSource(string text, int dataStart, int dataLine, Dictionary<string, int> columns, bool[] spansLines)
    {
        _text = text;
        _dataStart = dataStart;
        _dataLine = dataLine;
        _columns = columns;
        _spansLines = spansLines;
    }

    /// <summary>Decodes the bytes and checks the header against the expected columns; a problem refuses the whole file.</summary>
    /// <param name="bytes">The file.</param>
    /// <param name="expected">The columns the header must have (order free).</param>
    /// <param name="multiline">The columns whose quoted values may span lines.</param>
    /// <param name="source">The file, when not refused.</param>
    /// <param name="optional">Columns of <paramref name="expected"/> the header may leave out.</param>
    public static ImportRejection? TryOpen(ReadOnlySpan<byte> bytes, IReadOnlyList<string> expected, IReadOnlyCollection<string> multiline, out CsvSource? source, IReadOnlyCollection<string>? optional = null)
    {
        source = null;
        if (NotUtf8(bytes) is { } looksLike)
        {
            return new ImportRejection(1, "file", $"the file is not UTF-8 (it looks like {looksLike}); save it as UTF-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = _strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var line = FirstInvalidLine(bytes);
            return new ImportRejection(line, "file", $"not valid UTF-8 (first bad bytes on line {line}); save the file as UTF-8, not as Windows-1252 or Windows-1251");
        }

        if (text.AsSpan().Trim(" \t\r\n").IsEmpty)
        {
            return new ImportRejection(1, "file", "the file is empty; it needs a header line: " + string.Join(',', expected));
        }

        var position = 0;
        var lineNumber = 1;
        Record header;
        do
        {
            header = Record.Read(text, ref position, ref lineNumber, _ => false);
        }
        while (header.Empty);

        if (header.Problem is not null)
        {
            return new ImportRejection(header.Line, "file", $"the header line cannot be read: {header.Problem}");
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i];
            if (!expected.Contains(name))
            {
                var shown = Printable(name);
                return new ImportRejection(header.Line, shown, $"unknown column '{shown}'; expected exactly: {string.Join(',', expected)}");
            }

            if (!columns.TryAdd(name, i))
            {
                return new ImportRejection(header.Line, name, $"column '{name}' appears twice");
            }
        }

        var missing = expected.FirstOrDefault(c => !columns.ContainsKey(c) && optional?.Contains(c) != true);
        if (missing is not null)
        {
            return new ImportRejection(header.Line, missing, $"missing column '{missing}'; expected exactly: {string.Join(',', expected)}");
        }

        var spansLines = new bool[columns.Count];
        foreach (var column in multiline)
        {
            spansLines[columns[column]] = true;
        }

        source = new CsvSource(text, position, lineNumber, columns, spansLines);
        return null;
    }

    /// <summary>The data rows in file order; a row with bad quoting or the wrong number of fields comes with a row problem.</summary>
    public IEnumerable<CsvRow> Rows()
    {
        var position = _dataStart;
        var lineNumber = _dataLine;
        while (position < _text.Length)
        {
            var record = Record.Read(_text, ref position, ref lineNumber, column => column < _spansLines.Length && _spansLines[column]);
            if (record.Empty)
            {
                continue;
            }

            var row = new CsvRow(record.Line, [.. record.Fields], _columns);
            if (record.Problem is not null)
            {
                row.Reject("row", record.Problem);
            }
            else if (record.Fields.Count != _columns.Count)
            {
                row.Reject("row", record.Lines == 1
                    ? $"has {record.Fields.Count} values, the header has {_columns.Count} columns"
                    : $"has {record.Fields.Count} values, the header has {_columns.Count} columns (a quoted value runs from line {record.Line} over {record.Lines} lines)");
                if (record.Lines > 1)
                {
                    // Most likely a quote that was never meant to span lines: read the lines it took again.
                    Record.Resume(_text, record, ref position, ref lineNumber);
                }
            }

            yield return row;
        }
    }

    /// <summary>What a value looks like with control characters written as <c>\uXXXX</c>, for messages.</summary>
    internal static string Printable(string value)
    {
        if (!value.Any(char.IsControl))
        {
            return value;
        }

        var text = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                text.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// UTF-16 or UTF-32, recognised by a byte-order mark or, without one, by the zero bytes that ASCII text such as a
    /// header line has in those encodings; <c>null</c> when the bytes do not look like either.
    /// </summary>
    private static string? NotUtf8(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return "UTF-32";
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return "UTF-16";
        }

        var sample = bytes[..(Math.Min(bytes.Length, 512) & ~3)];
        if (sample.Length < 4 || !sample.Contains((byte)0))
        {
            return null;
        }

        Span<int> zeros = stackalloc int[4];
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                zeros[i % 4]++;
            }
        }

        var quarter = sample.Length / 4;
        bool Mostly(int count) => count * 10 >= quarter * 9;
        if ((Mostly(zeros[1]) && Mostly(zeros[2]) && Mostly(zeros[3])) || (Mostly(zeros[0]) && Mostly(zeros[1]) && Mostly(zeros[2])))
        {
            return "UTF-32";
        }

        var half = sample.Length / 2;
        return (zeros[1] + zeros[3]) * 5 >= half * 2 || (zeros[0] + zeros[2]) * 5 >= half * 2 ? "UTF-16" : null;
    }

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

    /// <summary>One record as read from the text.</summary>
    /// <param name="Line">The line it starts on.</param>
    /// <param name="Start">The position it starts at.</param>
    /// <param name="Lines">How many lines it takes.</param>
    /// <param name="Fields">Its values (as far as read when broken).</param>
    /// <param name="Problem">Why it is broken, or <c>null</c>.</param>
    /// <param name="Empty">True for an empty line, which is skipped.</param>
    private sealed record Record(int Line, int Start, int Lines, List<string> Fields, string? Problem, bool Empty)
    {
        /// <summary>Reads the record at <paramref name="position"/>, leaving it at the start of the next one.</summary>
        public static Record Read(string text, ref int position, ref int line, Func<int, bool> spansLines)
        {
            var start = position;
            var startLine = line;
            if (AtLineEnd(text, position))
            {
                SkipLineEnd(text, ref position, ref line);
                return new Record(startLine, start, 1, [], null, Empty: true);
            }

            var fields = new List<string>();
            var value = new StringBuilder();
            while (true)
            {
                value.Clear();
                string? problem = null;
                if (position < text.Length && text[position] == '"')
                {
                    var quoteLine = line;
                    position++;
                    while (true)
                    {
                        if (position >= text.Length)
                        {
                            problem = $"unterminated quote starting on line {quoteLine}";
                            break;
                        }

                        var c = text[position];
                        if (c == '"')
                        {
                            if (position + 1 < text.Length && text[position + 1] == '"')
                            {
                                value.Append('"');
                                position += 2;
                                continue;
                            }

                            position++;
                            break;
                        }

                        if (c == '\n')
                        {
                            if (!spansLines(fields.Count))
                            {
                                problem = $"unterminated quote starting on line {quoteLine}";
                                break;
                            }

                            line++;
                        }

                        value.Append(c);
                        position++;
                    }

                    if (problem is null && !AtLineEnd(text, position) && text[position] != ',')
                    {
                        problem = "text after the closing quote of a value";
                    }
                }
                else
                {
                    while (position < text.Length && text[position] != ',' && !AtLineEnd(text, position))
                    {
                        if (text[position] == '"')
                        {
                            problem ??= "a quote inside a value that is not quoted";
                        }

                        value.Append(text[position]);
                        position++;
                    }
                }

                if (problem is not null)
                {
                    var broken = new Record(startLine, start, line - startLine + 1, fields, problem, Empty: false);
                    Resume(text, broken, ref position, ref line);
                    return broken;
                }

                fields.Add(value.ToString());
                if (position < text.Length && text[position] == ',')
                {
                    position++;
                    continue;
                }

                var lines = line - startLine + 1;
                SkipLineEnd(text, ref position, ref line);
                return new Record(startLine, start, lines, fields, null, Empty: false);
            }
        }

        /// <summary>
        /// Goes on after a broken record: with the line after the one it started on, so that a quote that ran over
        /// later lines does not take them with it.
        /// </summary>
        public static void Resume(string text, Record record, ref int position, ref int line)
        {
            var end = text.IndexOf('\n', record.Start);
            position = end < 0 ? text.Length : end + 1;
            line = record.Line + 1;
        }

        /// <summary>True at the end of the text, at a line feed, or at a CR that ends the line (CRLF, or CR at the end).</summary>
        private static bool AtLineEnd(string text, int position) =>
            position >= text.Length || text[position] == '\n' || (text[position] == '\r' && (position + 1 >= text.Length || text[position + 1] == '\n'));

        private static void SkipLineEnd(string text, ref int position, ref int line)
        {
            if (position < text.Length && text[position] == '\r')
            {
                position++;
            }

            if (position < text.Length && text[position] == '\n')
            {
                position++;
                line++;
            }
        }
    }
}
