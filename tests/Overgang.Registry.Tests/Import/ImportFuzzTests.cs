using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsCheck;
using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Import;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Import;

/// <summary>
/// The standing fuzz suite of the import (issue 12): generated CSV files of every kind, mixing valid rows with broken
/// quotes, control and bidi characters, huge fields, missing and extra values, garbage lines, wrong encodings, invalid
/// UTF-8 and random bytes, imported into one SQLite registry. For every file: no unhandled exception; counts that
/// reconcile with each other and with the file's lines; and a refused file, or one that imported nothing, leaves the
/// registry exactly as it was (row counts of every table and the audit chain's head).
/// </summary>
/// <remarks>
/// Bounded and seedable: <c>OVERGANG_FUZZ_ITERATIONS</c> (default 160) files, the seed printed by CsCheck on a failure
/// can be replayed with <c>OVERGANG_FUZZ_SEED</c>. One thread: the files go into one registry, as a registry clerk would.
/// </remarks>
public sealed class ImportFuzzTests : IDisposable
{
    private static readonly ImportKind[] _kinds = Enum.GetValues<ImportKind>();
    private static readonly char[] _controls = ['\0', '\u0007', '\u001b', '\u007f', '\u0085', '\u009b', '\u202e', '\u202a', '\u2066', '\u2069', '\u200e', '\u200f', '\u061c', '\t'];
    private readonly string _folder = Directory.CreateTempSubdirectory("overgang-fuzz-").FullName;
    private readonly RegistryDatabase _database = TestDatabase.Create("sqlite");

    public ImportFuzzTests() => ImportFiles.SeedBefore(_database, ImportKind.Checks + 1);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Import_GeneratedFilesOfEveryKind_NeverThrowReconcileAndWriteNothingWhenNothingIsImported()
    {
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("OVERGANG_FUZZ_ITERATIONS"), CultureInfo.InvariantCulture, out var n) ? n : 160;
        var clock = Stopwatch.StartNew();
        var files = 0;
        _file.Sample(
            file =>
            {
                files++;
                Check(file);
            },
            seed: Environment.GetEnvironmentVariable("OVERGANG_FUZZ_SEED"),
            iter: iterations,
            threads: 1,
            print: file => $"{file.Kind} {file.Encoding}: {Convert.ToBase64String(file.Bytes)}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"{files} files took {clock.Elapsed}");
    }

    private void Check(FuzzFile file)
    {
        var path = Path.Combine(_folder, "fuzz.csv");
        File.WriteAllBytes(path, file.Bytes);
        var before = Fingerprint();
        var kindBefore = KindCount(file.Kind);

        var outcome = CsvImporter.Import(_database, file.Kind, path, ImportFiles.At);

        // The report of any outcome can be written.
        RejectionReport.Write(path + ".rejections.csv", outcome.Problems);
        switch (outcome)
        {
            case ImportOutcome.Refused refused:
                Assert.Equal(before, Fingerprint());
                if (file.Encoding is FuzzEncoding.Utf16 or FuzzEncoding.Utf16Bom)
                {
                    Assert.Contains("it looks like UTF-16", refused.Problem.Reason, StringComparison.Ordinal);
                }

                if (file.Encoding == FuzzEncoding.InvalidUtf8)
                {
                    Assert.Equal((file.BadLine, "file"), (refused.Problem.Line, refused.Problem.Field));
                }

                Assert.True(file.Encoding is not (FuzzEncoding.Utf8 or FuzzEncoding.Utf8Bom), $"a UTF-8 file with the right header was refused: {refused.Problem}");
                break;
            case ImportOutcome.Imported imported:
                var counts = imported.Counts;
                Assert.True(counts.Reconciles, $"counts do not reconcile: {counts}");
                Assert.True(file.Encoding is FuzzEncoding.Utf8 or FuzzEncoding.Utf8Bom or FuzzEncoding.RandomBytes, $"{file.Encoding} was imported");
                if (file.Encoding != FuzzEncoding.RandomBytes)
                {
                    Assert.Equal(file.DataLines, counts.Read);
                }

                Assert.Equal(counts.Rejected, imported.Rejections.Select(r => r.Line).Distinct().Count());
                if (counts.Inserted + counts.Updated == 0)
                {
                    Assert.Equal(before, Fingerprint());
                }

                if (KindCount(file.Kind) is { } after)
                {
                    Assert.Equal(kindBefore!.Value + counts.Inserted, after);
                }

                break;
            default:
                Assert.Fail("unknown outcome");
                break;
        }
    }

    /// <summary>Row counts of every table and the audit chain's head: what a half-written import would change.</summary>
    private string Fingerprint()
    {
        using var context = _database.Open();
        var text = new StringBuilder();
        var connection = context.Database.GetDbConnection();
        connection.Open();
        foreach (var table in context.Model.GetEntityTypes().Select(t => t.GetTableName()).Distinct().Order(StringComparer.Ordinal))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            text.Append(table).Append('=').Append(Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture)).Append(';');
        }

        text.Append(context.Audit.OrderByDescending(a => a.Sequence).Select(a => a.Hash).FirstOrDefault());
        return text.ToString();
    }

    /// <summary>The rows of the one table a kind inserts into, where it has one.</summary>
    private int? KindCount(ImportKind kind)
    {
        using var context = _database.Open();
        return kind switch
        {
            ImportKind.Municipalities => context.Municipalities.Count(),
            ImportKind.Locations => context.Locations.Count(),
            ImportKind.Persons => context.Persons.Count(),
            ImportKind.Placements => context.Placements.Count(),
            ImportKind.Incomes => context.Incomes.AsEnumerable().Sum(i => i.Months.Months.Length),
            ImportKind.Absences => context.Absences.Count(),
            ImportKind.Return => context.ReturnVisits.Count(),
            ImportKind.LocationGroups => context.LocationTargetGroups.Count(),
            ImportKind.Complaints => context.Complaints.Count(),
            ImportKind.Conversions => context.Conversions.Count(),
            ImportKind.Occupancy => context.ReportedOccupancy.Count(),
            _ => null,
        };
    }

    private enum FuzzEncoding
    {
        Utf8,
        Utf8Bom,
        Utf16,
        Utf16Bom,
        InvalidUtf8,
        RandomBytes,
    }

    /// <summary>A generated file: its bytes, and what the import must make of it.</summary>
    private sealed record FuzzFile(ImportKind Kind, FuzzEncoding Encoding, byte[] Bytes, int DataLines, int BadLine);

    /// <summary>One line: what to do to a valid row, and the numbers that pick where and what.</summary>
    private readonly record struct LineSpec(int Damage, int Number, int Where, int What);

    private static readonly Gen<LineSpec> _line = Gen.Select(Gen.Int[0, 11], Gen.Int[0, 999_999], Gen.Int[0, 99], Gen.Int[0, 9_999])
        .Select((damage, number, where, what) => new LineSpec(damage, number, where, what));

    private static readonly Gen<FuzzFile> _file = Gen.Select(Gen.Int[0, _kinds.Length - 1], Gen.Int[0, 11], _line.Array[0, 30], Gen.Byte.Array[0, 400])
        .Select((kind, encoding, lines, bytes) => Build(_kinds[kind], encoding, lines, bytes));

    private static FuzzFile Build(ImportKind kind, int encodingChoice, LineSpec[] specs, byte[] random)
    {
        var columns = Columns(kind);
        var text = new StringBuilder(string.Join(',', columns)).Append('\n');
        foreach (var spec in specs)
        {
            text.Append(Line(kind, columns, spec)).Append('\n');
        }

        var content = text.ToString();
        var dataLines = content.Split('\n').Skip(1).Count(l => l.Length > 0 && l != "\r");
        var encoding = encodingChoice switch
        {
            <= 4 => FuzzEncoding.Utf8,
            5 or 6 => FuzzEncoding.Utf8Bom,
            7 => FuzzEncoding.Utf16,
            8 => FuzzEncoding.Utf16Bom,
            9 or 10 => specs.Length > 0 ? FuzzEncoding.InvalidUtf8 : FuzzEncoding.Utf8,
            _ => FuzzEncoding.RandomBytes,
        };
        var utf8 = new UTF8Encoding(false);
        switch (encoding)
        {
            case FuzzEncoding.Utf8:
                return new FuzzFile(kind, encoding, utf8.GetBytes(content), dataLines, 0);
            case FuzzEncoding.Utf8Bom:
                return new FuzzFile(kind, encoding, [0xEF, 0xBB, 0xBF, .. utf8.GetBytes(content)], dataLines, 0);
            case FuzzEncoding.Utf16:
            case FuzzEncoding.Utf16Bom:
                var utf16 = specs.Length % 2 == 0 ? Encoding.Unicode : Encoding.BigEndianUnicode;
                var bom = encoding == FuzzEncoding.Utf16Bom ? utf16.GetPreamble() : [];
                return new FuzzFile(kind, encoding, [.. bom, .. utf16.GetBytes(content)], dataLines, 0);
            case FuzzEncoding.InvalidUtf8:
                // A Windows-1252 byte (0xE9, é) in one line; the lines are counted as the import counts them (LF).
                var lines = content.Split('\n');
                var bad = 1 + (specs[0].Number % (lines.Length - 1));
                var bytes = new List<byte>();
                for (var i = 0; i < lines.Length; i++)
                {
                    bytes.AddRange(utf8.GetBytes(lines[i]));
                    if (i == bad)
                    {
                        bytes.Add(0xE9);
                    }

                    if (i < lines.Length - 1)
                    {
                        bytes.Add((byte)'\n');
                    }
                }

                return new FuzzFile(kind, encoding, [.. bytes], dataLines, bad + 1);
            default:
                var header = utf8.GetBytes(string.Join(',', columns) + "\n");
                var noise = specs.Length % 2 == 0 ? random.Select(b => (byte)(b & 0x7F)).ToArray() : random;
                return new FuzzFile(kind, encoding, [.. header, .. noise], 0, 0);
        }
    }

    private static string Line(ImportKind kind, string[] columns, LineSpec spec)
    {
        var fields = ValidRow(kind, spec.Number);
        var at = spec.Where % fields.Length;
        switch (spec.Damage)
        {
            case 0:
            case 1:
            case 2:
                break;
            case 3:
                // A quote opened and never closed, at the start of a value (not in a column where values may span lines: the
                // placement's address, an inspection's notes, a complaint's text; there a later quote closes it).
                if (Overgang.Registry.Import.KindImporter.For(kind).Multiline.Contains(columns[at]))
                {
                    at = 0;
                }

                fields[at] = "\"" + fields[at];
                return string.Join(',', fields);
            case 4:
                var control = _controls[spec.What % _controls.Length];
                fields[at] = fields[at].Insert(spec.What % (fields[at].Length + 1), control.ToString());
                break;
            case 5:
                fields[at] = new string('x', 1_000 + (spec.What * 10));
                break;
            case 6:
                fields = [.. fields.Take(fields.Length - 1 - (spec.What % fields.Length))];
                break;
            case 7:
                fields = [.. fields, .. Enumerable.Repeat("extra", 1 + (spec.What % 3))];
                break;
            case 8:
                // A well-quoted value with a comma and an escaped quote in it.
                return string.Join(',', fields.Select((f, i) => i == at && columns[i] != "address" ? "\"" + f + ", \"\"Jr\"\"\"" : f));
            case 9:
                // A garbage line without quotes.
                var garbage = new StringBuilder();
                var seed = spec.Number;
                for (var i = 0; i < 1 + (spec.What % 60); i++)
                {
                    seed = (seed * 1103515245) + 12345 & 0x7FFFFFFF;
                    garbage.Append("abcxyz019 ,;.-=+@éї"[seed % 19]);
                }

                return garbage.ToString();
            case 10:
                // A value that is only a formula.
                fields[at] = "=HYPERLINK(\"\"http://x\"\")";
                return string.Join(',', fields.Select((f, i) => i == at ? "\"" + f + "\"" : f));
            default:
                // An empty line: skipped, not a row.
                return "";
        }

        return string.Join(',', fields);
    }

    private static string[] Columns(ImportKind kind) => kind switch
    {
        ImportKind.Municipalities => ["code", "name"],
        ImportKind.Locations => ["id", "municipality", "name", "kind", "capacity", "opened", "closed"],
        ImportKind.Persons => ["id", "familyName", "givenName", "familyNameCyrillic", "givenNameCyrillic", "birthDate", "sex", "nationality", "ukrainianResidence", "municipality", "householdId", "protectionSince"],
        ImportKind.Relations => ["personId", "relation", "relatedId"],
        ImportKind.Placements => ["personId", "reception", "locationId", "address", "from", "to"],
        ImportKind.Incomes => ["personId", "month", "amount"],
        ImportKind.Absences => ["personId", "from", "to", "reported"],
        ImportKind.Return => ["personId", "event", "from", "to", "value"],
        ImportKind.Stays => ["personId", "kind", "from", "until", "reason", "decidedBy", "decidedOn", "withdrawn"],
        ImportKind.LocationGroups => ["location", "group", "from", "until"],
        ImportKind.Inspections => ["location", "date", "inspector", "criterion", "result", "notes"],
        ImportKind.Complaints => ["reference", "location", "received", "category", "language", "text", "status", "acknowledged", "decided", "outcome"],
        ImportKind.Conversions => ["location", "places", "planned", "done"],
        ImportKind.Occupancy => ["location", "date", "group", "residents"],
        _ => ["personId", "check", "value", "date"],
    };

    private static string[] ValidRow(ImportKind kind, int n)
    {
        var person = $"P000000{1 + (n % 5)}";
        var day = new NodaTime.LocalDate(2022, 4, 1).PlusDays(n % 1_000).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return kind switch
        {
            ImportKind.Municipalities => [$"GM{n % 10_000:D4}", $"Gemeente {n}"],
            ImportKind.Locations => [$"GM0363-F{n % 1_000:D3}", "GM0363", $"Locatie {n}", "municipal", (n % 500).ToString(CultureInfo.InvariantCulture), "2022-04-01", ""],
            ImportKind.Persons => [$"F{n:D7}", "Koval", "Ivan", "Коваль", "Іван", "1990-01-01", "M", "UA", "citizen", "GM0363", $"HF{n % 5_000}", "2022-03-15"],
            ImportKind.Relations => [person, "parent", $"P000000{1 + ((n + 1) % 5)}"],
            ImportKind.Placements => [person, "private", "", $"Straat {n % 100}", day, ""],
            ImportKind.Incomes => [person, $"{2023 + (n % 4)}-{1 + (n % 12):D2}", $"{n % 3_000}.{n % 100:D2}"],
            ImportKind.Absences => [person, day, day, n % 2 == 0 ? "true" : "false"],
            ImportKind.Return => ["P0000005", "visit", day, day, ""],
            ImportKind.Stays => [person, "school-year", day, day, $"reden {n}", "ind:officer", day, "true"],
            ImportKind.LocationGroups => ["GM0363-L001", "displaced", day, ""],
            ImportKind.Inspections => ["GM0363-L001", new NodaTime.LocalDate(2025, 1, 1).PlusDays(n % 500).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "Team", "rooo.education", "met", ""],
            ImportKind.Complaints => [$"F-{n}", "GM0363-L001", day, "housing", "uk", "Текст", "received", "", "", ""],
            ImportKind.Conversions => ["GM0363-L001", "1", day, ""],
            ImportKind.Occupancy => ["GM0363-L001", day, "status-holders", (n % 50).ToString(CultureInfo.InvariantCulture)],
            _ => [person, "public-order", (n % 3) switch { 0 => "passed", 1 => "failed", _ => "pending" }, day],
        };
    }
}
