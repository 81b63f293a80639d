using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Import;
using Overgang.Registry.Runs;

namespace Overgang.Registry.WorkQueue;

/// <summary>
/// A result file of public-order checks for the IND work queue (issue 14): <c>personId,outcome,date</c>, each row checked
/// with the rule of the <c>checks.csv</c> import (<see cref="CheckImporter"/>), a person with an open public-order check
/// in the latest decisions run, once per file, outcome passed or failed. Read whole or refused with every rejection by line.
/// </summary>
public static class CheckOutcomes
{
    /// <summary>The largest file read (bytes): a bigger upload is refused before it is read.</summary>
    public const int MaximumBytes = 256 * 1024;

    /// <summary>The task code of the check.</summary>
    public const string ActionCode = "complete-public-order-check";

    /// <summary>The file's columns.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["personId", "outcome", "date"];

    /// <summary>Reads and checks a file against the registry.</summary>
    public static async Task<CheckOutcomeFile> ReadAsync(RegistryContext context, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (bytes.Length > MaximumBytes)
        {
            return new CheckOutcomeFile([], [new ImportRejection(0, "file", $"the file is larger than {MaximumBytes / 1024} KB")]);
        }

        if (CsvSource.TryOpen(bytes.Span, [.. Columns], [], out var source) is { } refused)
        {
            return new CheckOutcomeFile([], [refused]);
        }

        var run = await context.Runs.AsNoTracking().Where(r => r.Kind == RunKinds.Decisions).OrderByDescending(r => r.Id).Select(r => (long?)r.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var open = run is null
            ? []
            : (await context.Tasks.AsNoTracking().Where(t => t.RunId == run && t.Kind == "action" && t.Status == "open" && t.Code == ActionCode).Select(t => t.PersonId).ToListAsync(cancellationToken).ConfigureAwait(false))
                .ToHashSet(StringComparer.Ordinal);
        var outcomes = ImmutableArray.CreateBuilder<CheckOutcome>();
        var rejections = ImmutableArray.CreateBuilder<ImportRejection>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in source!.Rows())
        {
            var personId = row.Text("personId", required: true, maxLength: 40);
            var (outcome, date) = CheckImporter.PublicOrder(row, "outcome", "date");
            if (outcome == "pending")
            {
                row.Reject("outcome", "a result is passed or failed");
            }

            if (personId is not null && !open.Contains(personId))
            {
                row.Reject("personId", $"{personId} has no open public-order check");
            }

            if (personId is not null && seen.TryGetValue(personId, out var first))
            {
                row.Reject("personId", $"{personId} is on line {first} already");
            }

            if (!row.IsValid)
            {
                rejections.AddRange(row.Problems);
                continue;
            }

            seen[personId!] = row.Line;
            outcomes.Add(new CheckOutcome(row.Line, personId!, outcome!, date));
        }

        if (outcomes.Count == 0 && rejections.Count == 0)
        {
            rejections.Add(new ImportRejection(1, "file", "the file has no rows"));
        }

        return new CheckOutcomeFile(outcomes.ToImmutable(), rejections.ToImmutable());
    }
}

/// <summary>A checked result file: its outcomes, or why not (every rejection by line; any rejection refuses the file).</summary>
/// <param name="Outcomes">The outcomes.</param>
/// <param name="Rejections">The rejections.</param>
public sealed record CheckOutcomeFile(ImmutableArray<CheckOutcome> Outcomes, ImmutableArray<ImportRejection> Rejections);

/// <summary>A public-order check's outcome.</summary>
/// <param name="Line">The line in the file.</param>
/// <param name="PersonId">The person.</param>
/// <param name="Outcome"><c>passed</c> or <c>failed</c>.</param>
/// <param name="Date">The day of the check, when given.</param>
public sealed record CheckOutcome(int Line, string PersonId, string Outcome, LocalDate? Date);
