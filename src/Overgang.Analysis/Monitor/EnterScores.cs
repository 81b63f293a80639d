using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry;
using Overgang.Registry.Audit;
using Overgang.Registry.Model;

namespace Overgang.Analysis.Monitor;

/// <summary>A request to enter or amend the scores of one scorecard period.</summary>
/// <param name="Period">The period, such as <c>2025-06</c>.</param>
/// <param name="ExpectedVersion">The period's version the scores were entered against (<see cref="EnterScores.Version"/>): a concurrent entry makes it stale.</param>
/// <param name="Actor">Who enters them (an account, or the command line's actor).</param>
/// <param name="Reason">Why they are entered or amended.</param>
/// <param name="Scores">The indicator scores.</param>
public sealed record ScoreEntryRequest(string Period, int ExpectedVersion, string Actor, string Reason, ImmutableArray<ScoreInput> Scores);

/// <summary>What entering scores came to.</summary>
public abstract record ScoreEntryOutcome
{
    private ScoreEntryOutcome()
    {
    }

    /// <summary>Stored: the new versions (empty when every score was already as given), and the period's version now.</summary>
    public sealed record Entered(ImmutableArray<EnteredScore> Entries, int Version) : ScoreEntryOutcome;

    /// <summary>Nothing stored: what is wrong, by line or field.</summary>
    public sealed record Invalid(ImmutableArray<ScoreError> Errors) : ScoreEntryOutcome;

    /// <summary>Nothing stored: the period was changed since the version the scores were entered against.</summary>
    public sealed record Stale(int Expected, int Current) : ScoreEntryOutcome;
}

/// <summary>
/// Enters or amends the scores of a scorecard period (issue 16): the one use case behind <c>overgang monitor score</c>, the
/// analyst page and <c>POST /api/v1/analysis/scorecards/{period}</c>. Every score is checked against the period's
/// structure and the scale; a changed score becomes a new version (the old one stays), and the audit log records who, when,
/// old and new value and why, in the same transaction. All or nothing.
/// </summary>
public static class EnterScores
{
    /// <summary>The audit action of an entry.</summary>
    public const string Action = "scorecard.score";

    private const int Attempts = 5;

    /// <summary>The longest justification.</summary>
    public const int TextMaximum = 2000;

    /// <summary>The longest reason.</summary>
    public const int ReasonMaximum = 500;

    /// <summary>A period's version: the number of score versions stored for it (0 before any entry).</summary>
    public static int Version(RegistryContext db, string period)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.ScorecardEntries.AsNoTracking().Count(e => e.Period == period);
    }

    /// <summary>Every stored score version, oldest first (of one period, or all when <paramref name="period"/> is <c>null</c>).</summary>
    public static ImmutableArray<EnteredScore> History(RegistryContext db, string? period = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = db.ScorecardEntries.AsNoTracking().Where(e => period == null || e.Period == period).OrderBy(e => e.Id).ToList();
        return [.. rows.Select(e => new EnteredScore(e.Period, e.Domain, e.Factor, e.Indicator, e.Version, e.Score, e.PreviousScore, e.Justification, e.Reason, e.Actor, e.At))];
    }

    /// <summary>The shipped scorecards with every stored score applied.</summary>
    public static Scorecards Current(RegistryContext db, Scorecards shipped)
    {
        ArgumentNullException.ThrowIfNull(shipped);
        return shipped.With(History(db));
    }

    /// <summary>Checks and stores the scores of one period.</summary>
    public static ScoreEntryOutcome Run(RegistryContext db, Scorecards shipped, IClock clock, ScoreEntryRequest request)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(shipped);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(request);
        var errors = Check(shipped, request, out var scores);
        if (errors.Length > 0)
        {
            return new ScoreEntryOutcome.Invalid(errors);
        }

        // The audit log is one chain: a writer that appended after the same entry (another entry, a logged read) makes the
        // save fail; then the version is checked again and the entry retried on the new end of the chain.
        for (var attempt = 1; ; attempt++)
        {
            using var transaction = db.Database.BeginTransaction();
            var current = Version(db, request.Period);
            if (current != request.ExpectedVersion)
            {
                return new ScoreEntryOutcome.Stale(request.ExpectedVersion, current);
            }

            var entries = Entries(db, shipped, clock.GetCurrentInstant(), request, scores);
            if (entries.Count == 0)
            {
                return new ScoreEntryOutcome.Entered([], current);
            }

            db.ScorecardEntries.AddRange(entries);
            AuditChain.Append(db, entries[0].At, entries.Select(e => new AuditRecord(
                request.Actor,
                Action,
                $"scorecard/{e.Period}/{e.Domain}/{e.Factor}/{e.Indicator}",
                request.Reason,
                JsonSerializer.Serialize(new Dictionary<string, object?>
                {
                    ["version"] = e.Version,
                    ["old"] = e.PreviousScore,
                    ["new"] = e.Score,
                    ["justification"] = e.Justification,
                }))));
            try
            {
                db.SaveChanges();
                transaction.Commit();
                db.ChangeTracker.Clear();
                return new ScoreEntryOutcome.Entered(
                    [.. entries.Select(e => new EnteredScore(e.Period, e.Domain, e.Factor, e.Indicator, e.Version, e.Score, e.PreviousScore, e.Justification, e.Reason, e.Actor, e.At))],
                    current + entries.Count);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                transaction.Rollback();
                db.ChangeTracker.Clear();
            }
        }
    }

    private static List<ScorecardEntry> Entries(RegistryContext db, Scorecards shipped, Instant at, ScoreEntryRequest request, List<(ScoreInput Input, int Score)> scores)
    {
        var latest = db.ScorecardEntries.AsNoTracking().Where(e => e.Period == request.Period).ToList()
            .GroupBy(e => (e.Domain, e.Factor, e.Indicator)).ToDictionary(g => g.Key, g => g.MaxBy(e => e.Version)!);
        var entries = new List<ScorecardEntry>();
        foreach (var (input, score) in scores)
        {
            latest.TryGetValue((input.Domain, input.Factor, input.Indicator), out var last);
            var previous = last?.Score ?? shipped.Find(request.Period, input.Domain, input.Factor, input.Indicator)!.Score;
            if (previous == score && (last is null || last.Justification == input.Justification))
            {
                continue;
            }

            entries.Add(new ScorecardEntry
            {
                Period = request.Period,
                Domain = input.Domain,
                Factor = input.Factor,
                Indicator = input.Indicator,
                Version = (last?.Version ?? 0) + 1,
                Score = score,
                PreviousScore = previous,
                Justification = input.Justification,
                Reason = request.Reason,
                Actor = request.Actor,
                At = at,
            });
        }

        return entries;
    }

    private static ImmutableArray<ScoreError> Check(Scorecards shipped, ScoreEntryRequest request, out List<(ScoreInput Input, int Score)> scores)
    {
        var errors = ImmutableArray.CreateBuilder<ScoreError>();
        scores = [];
        var period = shipped.Periods.FirstOrDefault(p => p.Id == request.Period);
        if (period is null)
        {
            errors.Add(new ScoreError(0, "period", $"no scorecard period '{request.Period}': the periods are {string.Join(", ", shipped.Periods.Select(p => p.Id))}"));
            return errors.ToImmutable();
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            errors.Add(new ScoreError(0, "reason", "say why the scores are entered or amended"));
        }
        else if (request.Reason.Length > ReasonMaximum)
        {
            errors.Add(new ScoreError(0, "reason", $"at most {ReasonMaximum} characters"));
        }

        if (request.Scores.IsDefaultOrEmpty)
        {
            errors.Add(new ScoreError(0, "scores", "no scores given"));
        }

        var seen = new HashSet<(string, string, string)>();
        foreach (var input in request.Scores.IsDefault ? [] : request.Scores)
        {
            if (shipped.Find(request.Period, input.Domain, input.Factor, input.Indicator) is null)
            {
                errors.Add(new ScoreError(input.Line, "indicator", $"period {request.Period} has no indicator '{input.Domain}/{input.Factor}/{input.Indicator}' (see overgang monitor --indicators)"));
                continue;
            }

            if (!seen.Add((input.Domain, input.Factor, input.Indicator)))
            {
                errors.Add(new ScoreError(input.Line, "indicator", $"'{input.Domain}/{input.Factor}/{input.Indicator}' is given twice"));
                continue;
            }

            if (!int.TryParse(input.Score, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var score) || score < Scorecards.Lowest || score > Scorecards.Highest)
            {
                errors.Add(new ScoreError(input.Line, "score", $"'{input.Score}' is not a whole number from {Scorecards.Lowest} to +{Scorecards.Highest}"));
                continue;
            }

            if (string.IsNullOrWhiteSpace(input.Justification))
            {
                errors.Add(new ScoreError(input.Line, "justification", "give the source and justification of the score"));
                continue;
            }

            if (input.Justification.Length > TextMaximum)
            {
                errors.Add(new ScoreError(input.Line, "justification", $"at most {TextMaximum} characters"));
                continue;
            }

            scores.Add((input, score));
        }

        return errors.ToImmutable();
    }
}
