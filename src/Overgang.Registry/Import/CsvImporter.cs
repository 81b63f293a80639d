using System.Collections.Immutable;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Overgang.Registry.Import;

/// <summary>
/// Imports one registry CSV file (docs/registry-csv.md): validates every row, writes the valid ones in one transaction,
/// and reports the invalid ones by line and field.
/// </summary>
/// <remarks>
/// Idempotent by natural key: a row equal to what is stored is counted <c>unchanged</c> and writes nothing, not even an
/// audit entry. Every insert or update of a person's data appends an audit entry in the same transaction. The stored
/// rows a file is compared against are loaded in one query per table, so the cost per row is in memory, not a round trip.
/// </remarks>
public static class CsvImporter
{
    /// <summary>Imports a file of the given kind.</summary>
    /// <param name="database">The registry (already migrated).</param>
    /// <param name="kind">What the file holds.</param>
    /// <param name="path">The file.</param>
    /// <param name="at">The time recorded in the audit entries.</param>
    /// <param name="actor">Who imports; <c>null</c> records <c>import:&lt;file name&gt;</c>.</param>
    /// <exception cref="ImportFailedException">The database failed while writing; nothing of the file was written.</exception>
    public static ImportOutcome Import(RegistryDatabase database, ImportKind kind, string path, Instant at, string? actor = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        var name = Path.GetFileName(path);
        var importer = KindImporter.For(kind);
        var problem = CsvSource.TryOpen(File.ReadAllBytes(path), importer.Columns, importer.Multiline, out var source, importer.Optional);
        if (problem is not null)
        {
            return new ImportOutcome.Refused(name, problem);
        }

        using var context = database.Open();
        using var transaction = context.Database.BeginTransaction();
        ImportSession? session = null;
        try
        {
            importer.Load(context);
            using var writing = new ImportSession(context, at, actor ?? "import:" + name, "import of " + name);
            session = writing;
            var rejections = ImmutableArray.CreateBuilder<ImportRejection>();
            int read = 0, inserted = 0, updated = 0, unchanged = 0, rejected = 0;
            foreach (var row in source!.Rows())
            {
                read++;
                var outcome = row.IsValid ? importer.Process(row, session) : RowOutcome.Rejected;
                switch (outcome)
                {
                    case RowOutcome.Inserted:
                        inserted++;
                        break;
                    case RowOutcome.Updated:
                        updated++;
                        break;
                    case RowOutcome.Unchanged:
                        unchanged++;
                        break;
                    default:
                        rejected++;
                        rejections.AddRange(row.Problems);
                        break;
                }

                session.SaveIfFull();
            }

            session.Save();
            if (inserted + updated > 0)
            {
                // Facts or quality rows: both counters, as the rows' kind does not tell the pages apart.
                Runs.RunFingerprint.Bump(context);
                RegistryActivity.Raise(context);
            }

            transaction.Commit();
            return new ImportOutcome.Imported(name, kind, new ImportCounts(read, inserted, updated, unchanged, rejected), rejections.ToImmutable());
        }
        catch (Exception e) when (e is DbException or DbUpdateException)
        {
            throw new ImportFailedException($"import of {name} failed{Where(session)}, nothing of the file was written: {Describe(e)}", e);
        }
    }

    private static string Where(ImportSession? session)
    {
        var lines = session?.FailedLines ?? [];
        return lines.Count switch
        {
            0 => "",
            1 => $" at line {lines[0]}",
            _ => $" in lines {lines[0]}-{lines[^1]} (a batch; the database did not say which row)",
        };
    }

    private static string Describe(Exception e)
    {
        var inner = e;
        while (inner.InnerException is not null)
        {
            inner = inner.InnerException;
        }

        return inner.Message.ReplaceLineEndings(" ").Trim();
    }
}
