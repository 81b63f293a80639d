using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
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
            Load,
            (context, input, runId, chain, now) => Chunk(context, input, runId, chain, now, schedule, texts, parameters.Version)).Run;
        return true;
    }

    /// <summary>Reads a chunk's persons and facts (a pure read, on the pipeline's reading connection).</summary>
    private static DecisionChunk Load(RegistryContext context, IReadOnlyList<string> households)
    {
        var inChunk = households.ToHashSet(StringComparer.Ordinal);
        var range = HouseholdRange.Persons(context, households);
        var persons = HouseholdRange.ForRules(range).Where(p => inChunk.Contains(p.HouseholdId)).ToList();
        persons.Sort((a, b) => string.CompareOrdinal(a.HouseholdId, b.HouseholdId) is var c && c != 0 ? c : string.CompareOrdinal(a.Id, b.Id));
        var known = DecisionFacts.Load(context, range);

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

        return new DecisionChunk([.. facts], counts.ToImmutableDictionary(StringComparer.Ordinal));
    }

    /// <summary>Decides a loaded chunk and writes its decisions and tasks in the chunk's transaction.</summary>
    private static ChunkOutcome Chunk(RegistryContext context, DecisionChunk input, long runId, AuditChain chain, Instant now, TransitionSchedule schedule, StoredTexts texts, string version)
    {
        var counts = new Dictionary<string, int>(input.Counts, StringComparer.Ordinal);
        var facts = input.Facts;
        var actor = $"system:run/{runId}";
        var records = new List<DecisionRecord>(facts.Count);
        var tasks = new List<CaseTask>(facts.Count * 2);
        var audit = new List<AuditEntry>(facts.Count);
        foreach (var decision in TransitionDecider.DecideAll(facts, schedule))
        {
            var (record, own) = Rows(decision, runId, schedule, texts, version);
            var status = record.Status;
            var path = record.Path;
            records.Add(record);
            tasks.AddRange(own);

            audit.Add(chain.Next(new AuditRecord(actor, "decision.record", decision.PersonId, $"decisions run {runId} for {schedule.Date:yyyy-MM-dd}", $"{{\"path\":\"{path}\",\"status\":\"{status}\"}}"), now));
            var key = $"{path}/{status}";
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        BulkWriter.Insert(context, records);
        BulkWriter.Insert(context, tasks);
        return new ChunkOutcome(counts, audit);
    }

    /// <summary>
    /// The stored decision of one person and its open tasks, as a run stores them: shared by the run and by deciding one
    /// person again (<see cref="PersonDecisionRun"/>), so both store the same rows.
    /// </summary>
    internal static (DecisionRecord Record, List<CaseTask> Tasks) Rows(TransitionDecision decision, long runId, TransitionSchedule schedule, StoredTexts texts, string version)
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

    /// <summary>A loaded chunk: the facts of its persons with a protection record, and the count of those without.</summary>
    private sealed record DecisionChunk(ImmutableArray<TransitionFacts> FactsInOrder, ImmutableDictionary<string, int> Counts)
    {
        public IReadOnlyList<TransitionFacts> Facts => FactsInOrder;
    }

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
        var members = context.Persons.AsNoTracking().Where(p => p.HouseholdId == householdId);
        var known = DecisionFacts.Load(context, members);
        var facts = members.OrderBy(p => p.Id).ToList().Select(known.For).OfType<TransitionFacts>().ToList();
        return facts.Count == 0 ? [] : TransitionDecider.DecideAll(facts, schedule);
    }
}
