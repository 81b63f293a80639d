using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Overgang.Registry.Audit;
using Overgang.Registry.Facts;
using Overgang.Registry.Model;
using Overgang.Registry.Storage;
using Overgang.Rules.Explanations;
using Overgang.Rules.Parameters;
using Overgang.Rules.Transition;

namespace Overgang.Registry.Runs;

/// <summary>
/// The transition decision for every registered person on a date, with reasons, pending actions and follow-up tasks,
/// stored with the parameter version used. Households are kept whole within a chunk, so the household flags
/// (school-age child, unaccompanied minor, split household) see every member.
/// </summary>
public static class DecisionsRun
{
    /// <summary>Runs (or resumes) the decisions for a date; refuses a date whose transition parameters are unknown.</summary>
    public static bool TryExecute(RegistryDatabase database, LocalDate date, ParameterTree parameters, IClock clock, RunOptions? options, [NotNullWhen(true)] out BatchRun? run, [NotNullWhen(false)] out MissingParameter? missing)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(parameters);
        run = null;
        if (!TransitionSchedule.TryFor(parameters, date, out var schedule, out missing))
        {
            return false;
        }

        var texts = StoredDecision.Texts(schedule);
        using (var context = database.Open())
        {
            StoredExplanations.Keep(context, texts);
        }

        run = ChunkedRunner.Run(
            database,
            RunKinds.Decisions,
            date.ToString("yyyy-MM-dd", null),
            parameters.Version,
            clock,
            options ?? new RunOptions(),
            HouseholdRange.Keys,
            (context, households, runId) => Load(context, households, runId, schedule, texts, null),
            (context, input, runId, chain, now) => Chunk(context, input, chain, now)).Run;
        return true;
    }

    /// <summary>
    /// Reads a chunk's persons and facts and decides them (a pure read and a pure rule, on the pipeline's reading
    /// connection and thread): the rows to store, made while the previous chunk is written, so that the writing thread
    /// only writes (on PostgreSQL it mostly waits for the server's COPY; bench/README.md, stop 29).
    /// </summary>
    private static DecisionChunk Load(RegistryContext context, IReadOnlyList<string> households, long runId, TransitionSchedule schedule, StoredTexts texts, string? version)
    {
        var inChunk = households.ToHashSet(StringComparer.Ordinal);
        var range = HouseholdRange.Persons(context, households);
        var persons = HouseholdRange.ForRules(context, range).Where(p => inChunk.Contains(p.HouseholdId)).ToList();
        persons.Sort((a, b) => string.CompareOrdinal(a.HouseholdId, b.HouseholdId) is var c && c != 0 ? c : string.CompareOrdinal(a.Id, b.Id));
        var known = DecisionFacts.Load(context, HouseholdRange.Facts(context, range, persons));

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var facts = new List<TransitionFacts>(persons.Count);
        foreach (var person in persons)
        {
            if (known.For(person) is not { } fact)
            {
                counts["no-protection-record"] = counts.GetValueOrDefault("no-protection-record") + 1;
                continue;
            }

            facts.Add(fact);
        }

        var records = new List<DecisionRecord>(facts.Count);
        var tasks = new List<CaseTask>(facts.Count * 2);
        var audit = new List<(string PersonId, string Data)>(facts.Count);

        // A handful of outcomes: each one's count key and audit data made once, not once per person.
        var outcomes = new Dictionary<(string Path, string Status), (string Key, string Data)>();
        foreach (var decision in TransitionDecider.DecideAll(facts, schedule))
        {
            var (record, own) = Rows(decision, runId, schedule, texts, version);
            records.Add(record);
            tasks.AddRange(own);
            if (!outcomes.TryGetValue((record.Path, record.Status), out var outcome))
            {
                outcome = ($"{record.Path}/{record.Status}", $"{{\"path\":\"{record.Path}\",\"status\":\"{record.Status}\"}}");
                outcomes[(record.Path, record.Status)] = outcome;
            }

            audit.Add((decision.PersonId, outcome.Data));
            counts[outcome.Key] = counts.GetValueOrDefault(outcome.Key) + 1;
        }

        return new DecisionChunk(records, tasks, audit, $"system:run/{runId}", $"decisions run {runId} for {schedule.Date:yyyy-MM-dd}", counts);
    }

    /// <summary>Writes a decided chunk's decisions and tasks in the chunk's transaction, with an audit entry per decision.</summary>
    private static ChunkOutcome Chunk(RegistryContext context, DecisionChunk input, AuditChain chain, Instant now)
    {
        var audit = chain.Next(input.Actor, "decision.record", input.Reason, input.Audit, now);
        BulkWriter.Insert(context, input.Records);
        BulkWriter.Insert(context, input.Tasks);
        return new ChunkOutcome(input.Counts, audit);
    }

    /// <summary>
    /// The stored decision of one person and its open tasks, as a run stores them: shared by the run and by deciding one
    /// person again (<see cref="PersonDecisionRun"/>), so both store the same rows. <paramref name="version"/> is the
    /// parameter version when it is not the run's, else <c>null</c> (the run's is on its row: migration RunRows).
    /// </summary>
    internal static (DecisionRecord Record, List<CaseTask> Tasks) Rows(TransitionDecision decision, long runId, TransitionSchedule schedule, StoredTexts texts, string? version)
    {
        var status = decision.IsDecided ? "decided" : "pending";
        var path = TransitionNames.Of(decision.Path);
        var record = new DecisionRecord
        {
            RunId = runId,
            PersonId = decision.PersonId,
            Date = schedule.Date,
            Path = path,
            Status = status,
            ValidFrom = decision.Validity?.Start,
            ValidUntil = decision.Validity?.End,
            Stored = StoredDecision.Encode(decision, texts),
            ParameterVersion = version,
        };
        var tasks = new List<CaseTask>(decision.Actions.Length + decision.Tasks.Length);
        foreach (var action in decision.Actions)
        {
            var stored = Task(runId, decision.PersonId, "action", action.Owner, action.Text, action.Due);
            stored.Flags = (int)decision.Flags;
            tasks.Add(stored);
        }

        foreach (var task in decision.Tasks)
        {
            tasks.Add(Task(runId, decision.PersonId, "follow-up", task.Owner, task.Text, task.Due ?? schedule.Date));
        }

        return (record, tasks);
    }

    /// <summary>An open task of a decision: its text by code where the rules have one (<see cref="TaskTexts"/>), else as written.</summary>
    private static CaseTask Task(long runId, string personId, string kind, ActionOwner owner, string text, LocalDate due)
    {
        var code = TaskTexts.CodeOf(text);
        return new CaseTask { RunId = runId, PersonId = personId, Kind = kind, Owner = TransitionNames.Of(owner), Code = code, Text = code is null ? text : null, Due = due, Status = "open" };
    }

    /// <summary>
    /// A loaded and decided chunk: its decisions and tasks to store, each decision's audit data (the entries are made at
    /// the commit, with its time), the entries' actor and reason, and the counts per outcome (with the persons without a
    /// protection record).
    /// </summary>
    private sealed record DecisionChunk(
        IReadOnlyList<DecisionRecord> Records,
        IReadOnlyList<CaseTask> Tasks,
        IReadOnlyList<(string PersonId, string Data)> Audit,
        string Actor,
        string Reason,
        IReadOnlyDictionary<string, int> Counts);

    /// <summary>
    /// The transition decisions of the members of one registered household, made again from the registry's current facts
    /// with the same rules as the run (household flags see every member); empty for an unknown household.
    /// </summary>
    /// <remarks>For reading a decision in other words (a letter, the self-service page): the recorded decision stays the
    /// one the run stored.</remarks>
    public static ImmutableArray<TransitionDecision> DecideHousehold(RegistryContext context, string householdId, TransitionSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(schedule);
        var facts = DecisionFacts.OfHousehold(context, householdId);
        return facts.Count == 0 ? [] : TransitionDecider.DecideAll(facts, schedule);
    }
}
