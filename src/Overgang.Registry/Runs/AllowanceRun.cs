using System.Collections.Immutable;
using NodaTime;
using Overgang.Registry.Audit;
using Overgang.Registry.Facts;
using Overgang.Registry.Model;
using Overgang.Registry.Storage;
using Overgang.Rules;
using Overgang.Rules.Allowance;
using Overgang.Rules.Explanations;
using Overgang.Rules.Parameters;
using Overgang.Rules.Placements;
using Overgang.Rules.Provisions;

namespace Overgang.Registry.Runs;

/// <summary>
/// The monthly allowance run: for every registered household, the living allowance and own contribution of the month
/// for the members in municipal, private or own-home reception on the first day of the month, after the 28-day rule.
/// </summary>
/// <remarks>
/// <para>Households are formed by the rules from the registered relations within each registered household, so a
/// grandparent living with the family gets an allowance household of their own (the payment key is
/// <c>householdId#n</c>).</para>
/// <para>The 28-day rule (<see cref="AbsenceRule"/>): a member whose absence overlapping the month lasts
/// longer than the maximum is left out of the month's allowance; links to them are left out too, so a minor whose only
/// responsible adult is away is calculated alone. When every member is away the household's outcome is
/// <c>ended-absence</c>. COA residents are not in the municipal scheme and are left out.</para>
/// <para>After the last day of protection each person's path decides what the household gets (see
/// <see cref="AllowanceFacts"/>); every payment stores the household's provision (<c>allowance</c>,
/// <c>social-assistance</c>, <c>ended</c>), the estimated social assistance, whether it is handed over this month and
/// its health-insurance obligation, from which <see cref="MonthLists"/> writes the month's lists.</para>
/// </remarks>
public static class AllowanceRun
{
    /// <summary>Runs (or resumes) the allowance for a month.</summary>
    public static BatchRun Execute(RegistryDatabase database, YearMonth month, ParameterTree parameters, IClock clock, RunOptions? options = null) =>
        Execute(database, month, parameters, clock, options, null).Run;

    /// <summary>
    /// Runs (or resumes) the allowance for a month and writes the month's lists into a folder (<see cref="MonthLists"/>):
    /// each chunk's lines as it is committed, into temporary files renamed into place when the run finishes. A reused or
    /// resumed run, or one other workers shared, has its lists written from the stored payments instead: the same files.
    /// A run stopped on request (<see cref="RunOptions.Stop"/>) is returned unfinished, with no lists.
    /// </summary>
    /// <exception cref="Files.UnsafeFileNameException">A municipality code cannot name a file (no list is written; the run is).</exception>
    public static BatchRun Execute(RegistryDatabase database, YearMonth month, ParameterTree parameters, IClock clock, RunOptions? options, string folder, out IReadOnlyList<MonthListTotal> lists)
    {
        ArgumentNullException.ThrowIfNull(folder);
        using var stream = new MonthListStream(folder, month, database);
        var (run, whole) = Execute(database, month, parameters, clock, options, stream.Add);
        if (run.Status != "finished")
        {
            // Stopped on request: no list of a month not yet paid in full (the stream's partial files are deleted).
            lists = [];
            return run;
        }

        lists = whole && stream.TryFinish(database, out var streamed) ? streamed : MonthLists.Write(database, run.Id, folder);
        return run;
    }

    private static (BatchRun Run, bool Whole) Execute(RegistryDatabase database, YearMonth month, ParameterTree parameters, IClock clock, RunOptions? options, Action<int, ChunkOutcome>? committed)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(parameters);
        if (!AbsenceRule.TryFor(parameters, month, out var absence, out var missing))
        {
            throw new InvalidOperationException(missing.Message);
        }

        var texts = StoredExplanation.Texts(parameters);
        var schedule = AllowanceSchedule.For(parameters, absence.FirstDay);
        var data = new AuditData();
        using (var context = database.Open())
        {
            StoredExplanations.Keep(context, texts);
        }

        return ChunkedRunner.Run(
            database,
            RunKinds.Allowance,
            month.ToString("yyyy-MM", null),
            parameters.Version,
            clock,
            options ?? new RunOptions(),
            HouseholdRange.Keys,
            (context, households, runId) => Calculate(Load(context, households, absence, schedule), runId, parameters, texts, data),
            (context, input, _, chain, now) => Write(context, input, chain, now),
            committed);
    }

    /// <summary>Reads a chunk's persons and facts (a pure read, on the pipeline's reading connection).</summary>
    private static AllowanceChunk Load(RegistryContext context, IReadOnlyList<string> households, AbsenceRule absence, AllowanceSchedule schedule)
    {
        var inChunk = households.ToHashSet(StringComparer.Ordinal);
        var range = HouseholdRange.Persons(context, households);
        var persons = HouseholdRange.ForRules(context, range).Where(p => inChunk.Contains(p.HouseholdId)).ToList();

        // In household order, members in id order: the chunk is then walked household by household without grouping.
        persons.Sort((a, b) => string.CompareOrdinal(a.HouseholdId, b.HouseholdId) is var c && c != 0 ? c : string.CompareOrdinal(a.Id, b.Id));
        var facts = AllowanceFacts.Load(context, HouseholdRange.Facts(context, range, persons), absence, schedule);
        return new AllowanceChunk(households, [.. persons], facts);
    }

    /// <summary>
    /// Calculates a loaded chunk (a pure rule, on the pipeline's reading thread, as the decisions run does): its payment rows
    /// with their stored steps and what each payment's audit entry says, so that the writing thread only writes.
    /// </summary>
    private static AllowanceRows Calculate(AllowanceChunk input, long runId, ParameterTree parameters, StoredTexts texts, AuditData data)
    {
        var (households, persons, facts) = input;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        void Count(string outcome) => counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
        var payments = new List<PaymentRecord>(households.Count);
        var audit = new List<(string Subject, string Data)>(households.Count);
        var end = 0;
        while (end < persons.Length)
        {
            var start = end;
            var householdId = persons[start].HouseholdId;
            while (end < persons.Length && persons[end].HouseholdId == householdId)
            {
                end++;
            }

            var members = persons.Slice(start, end - start);
            var municipality = members[0].MunicipalityCode;
            var allowance = facts.Calculate(householdId, members, parameters);
            if (!allowance.InScheme)
            {
                Count("not-in-municipal-scheme");
                continue;
            }

            for (var i = 0; i < allowance.AwayOverMaximum; i++)
            {
                Count("persons-away-over-maximum");
            }

            foreach (var result in allowance.Results)
            {
                // A calculated payment keeps its steps in stored form; a refusal keeps its explanation as written.
                var stored = result.Outcome == "calculated" && result.Calculation is { } steps ? StoredExplanation.Encode(steps.Explanation, texts) : null;
                payments.Add(new PaymentRecord
                {
                    RunId = runId,
                    HouseholdId = result.Key,
                    MunicipalityCode = municipality,
                    Members = result.Members.Length,
                    AllowanceCents = result.Allowance.Cents,
                    ContributionCents = result.Contribution.Cents,
                    Outcome = result.Outcome,
                    Stored = stored,
                    Explanation = stored is null ? result.Explanation : null,
                    Provision = result.Calculation is { } calculation ? ProvisionNames.Of(calculation.Provision) : null,
                    SocialAssistanceCents = result.Calculation?.SocialAssistance?.Amount.Cents,
                    HandOver = result.HandOverThisMonth,
                    HealthInsuranceFrom = result.Calculation?.HealthInsurance?.From,
                    HealthInsuranceInsured = result.Calculation?.HealthInsurance?.InsuredAdults,
                    HealthInsurancePremiumCents = result.Calculation?.HealthInsurance?.Premium?.Cents,
                });
                audit.Add(($"household/{result.Key}", data.Of(result.Outcome, result.Allowance, result.Contribution)));
                Count(result.Outcome);
            }
        }

        return new AllowanceRows(payments, audit, $"system:run/{runId}", $"allowance run {runId}", counts);
    }

    /// <summary>Writes a calculated chunk's payments in the chunk's transaction, with an audit entry per payment.</summary>
    private static ChunkOutcome Write(RegistryContext context, AllowanceRows input, AuditChain chain, Instant now)
    {
        var audit = chain.Next(input.Actor, "allowance.record", input.Reason, input.Audit, now);
        BulkWriter.Insert(context, input.Payments);
        return new ChunkOutcome(input.Counts, audit) { Payments = input.Payments };
    }

    /// <summary>
    /// The data of a payment's audit entry, made once per outcome and amounts: households of the same composition and
    /// income repeat them, and the entries store them by number (<c>audit_text</c>). Shared by a run's workers.
    /// </summary>
    private sealed class AuditData
    {
        private const int Most = 1 << 16;
        private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Outcome, long Allowance, long Contribution), string> _made = [];

        /// <summary>The entry's data: <c>{"outcome":"calculated","allowance":144.12,"contribution":0.00}</c>.</summary>
        public string Of(string outcome, Money allowance, Money contribution)
        {
            var key = (outcome, allowance.Cents, contribution.Cents);
            if (!_made.TryGetValue(key, out var text))
            {
                text = $"{{\"outcome\":\"{outcome}\",\"allowance\":{allowance},\"contribution\":{contribution}}}";
                if (_made.Count < Most)
                {
                    text = _made.GetOrAdd(key, text);
                }
            }

            return text;
        }
    }

    /// <summary>A loaded chunk: its household keys, their persons (by household, then id) and the facts the calculation reads.</summary>
    private sealed record AllowanceChunk(IReadOnlyList<string> Households, ImmutableArray<Person> Persons, AllowanceFacts Facts);

    /// <summary>A calculated chunk: its payment rows, the subject and data of each payment's audit entry, and its counts.</summary>
    private sealed record AllowanceRows(List<PaymentRecord> Payments, List<(string Subject, string Data)> Audit, string Actor, string Reason, Dictionary<string, int> Counts);
}
