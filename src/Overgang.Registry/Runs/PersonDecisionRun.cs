using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Overgang.Registry.Audit;
using Overgang.Registry.Facts;
using Overgang.Registry.Model;
using Overgang.Rules.Parameters;
using Overgang.Rules.Transition;

namespace Overgang.Registry.Runs;

/// <summary>
/// Decides one person again after a change of their facts, as the latest decisions run would decide them now: on that
/// run's date, from the registry's current facts of the person's household (the household flags see every member),
/// with the same facts builders, the same pure decider and the same stored rows as <see cref="DecisionsRun"/>.
/// </summary>
/// <remarks>
/// <para>"The current decision" of a person is their row in the latest decisions run, and the work queue reads that
/// run's tasks; so the person's decision and tasks in that run are replaced (the run keeps its number and date), and the
/// person's other runs stay as they were. A person without a protection registration has no decision, as in a run.</para>
/// <para>A task that still applies (same kind, owner, text, due day and flags) keeps its row: its id, and its done mark
/// if it was marked done (where a new run would open it again); tasks that no longer apply are deleted, new ones are
/// open. Work-queue assignments and reviewed flags are kept by person and action code, so those of actions that still
/// apply stay with them.</para>
/// <para>The change is staged in the caller's context by <see cref="Stage"/>: the caller saves it together with
/// its audit entry in one transaction (<see cref="Execute"/> does both for the command line).</para>
/// </remarks>
public static class PersonDecisionRun
{
    /// <summary>The audit action of a decision made again for one person.</summary>
    public const string AuditAction = "decision.person";

    /// <summary>
    /// Decides the person and stages the replacement of their decision and tasks in the latest decisions run; nothing is
    /// saved. Refuses (as a value) an unknown person, a registry without a finished decisions run, a run in progress and
    /// a date whose transition parameters are unknown.
    /// </summary>
    public static PersonDecisionOutcome Stage(RegistryContext context, string personId, ParameterTree parameters)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parameters);
        var person = context.Persons.AsNoTracking().FirstOrDefault(p => p.Id == personId);
        if (person is null)
        {
            return new PersonDecisionOutcome.UnknownPerson();
        }

        var run = context.Runs.AsNoTracking().Where(r => r.Kind == RunKinds.Decisions).OrderByDescending(r => r.Id).FirstOrDefault();
        if (run is null)
        {
            return new PersonDecisionOutcome.NoRun();
        }

        if (run.Status != "finished")
        {
            return new PersonDecisionOutcome.RunInProgress(run.Number);
        }

        var date = LocalDatePattern.Iso.Parse(run.Argument).GetValueOrThrow();
        if (!TransitionSchedule.TryFor(parameters, date, out var schedule, out var missing))
        {
            return new PersonDecisionOutcome.Missing(missing);
        }

        var texts = StoredDecision.Texts(schedule);
        StoredExplanations.Keep(context, texts);
        var decision = DecisionsRun.DecideHousehold(context, person.HouseholdId, schedule).FirstOrDefault(d => d.PersonId == personId);
        context.Decisions.RemoveRange(context.Decisions.Where(d => d.RunId == run.Id && d.PersonId == personId));
        var stored = context.Tasks.Where(t => t.RunId == run.Id && t.PersonId == personId).OrderBy(t => t.Id).ToList();
        if (decision is null)
        {
            context.Tasks.RemoveRange(stored);
            return new PersonDecisionOutcome.Decided(run.Id, run.Number, date, null, null);
        }

        // The version only where it is not the run's (the parameters changed since the run): the run's is on its row.
        var (record, tasks) = DecisionsRun.Rows(decision, run.Id, schedule, texts, parameters.Version == run.ParameterVersion ? null : parameters.Version);
        context.Decisions.Add(record);

        // A task that still applies keeps its row (its id, and a done mark); the others go, the new ones come.
        foreach (var task in tasks)
        {
            if (stored.FindIndex(s => Same(s, task)) is var kept and >= 0)
            {
                stored.RemoveAt(kept);
            }
            else
            {
                context.Tasks.Add(task);
            }
        }

        context.Tasks.RemoveRange(stored);
        return new PersonDecisionOutcome.Decided(run.Id, run.Number, date, record.Path, record.Status);
    }

    private static bool Same(CaseTask stored, CaseTask task) =>
        stored.Kind == task.Kind && stored.Owner == task.Owner && stored.Code == task.Code && stored.Text == task.Text && stored.Due == task.Due && stored.Flags == task.Flags;

    /// <summary>
    /// Stages the decision (<see cref="Stage"/>) and saves it with its audit entry by <paramref name="actor"/> in one
    /// transaction: for the command line, which has no web audit log.
    /// </summary>
    public static PersonDecisionOutcome Execute(RegistryDatabase database, string personId, ParameterTree parameters, IClock clock, string actor)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(clock);
        using var context = database.Open();
        var outcome = Stage(context, personId, parameters);
        if (outcome is PersonDecisionOutcome.Decided decided)
        {
            context.AuditEntries.Add(AuditChain.After(context).Next(new AuditRecord(actor, AuditAction, "person:" + personId, decided.Reason, decided.Data), clock.GetCurrentInstant()));
            context.SaveChanges();
        }

        return outcome;
    }
}

/// <summary>What deciding one person again came to.</summary>
public abstract record PersonDecisionOutcome
{
    private PersonDecisionOutcome()
    {
    }

    /// <summary>Decided and staged: the run whose decision it replaces, its date, and the path and status (<c>null</c> without a protection registration).</summary>
    public sealed record Decided(long RunId, int RunNumber, LocalDate Date, string? Path, string? Status) : PersonDecisionOutcome
    {
        /// <summary>The audit entry's reason.</summary>
        public string Reason => $"decided again in decisions run {RunId} for {LocalDatePattern.Iso.Format(Date)}";

        /// <summary>The audit entry's data.</summary>
        public string Data => Path is null ? "{\"path\":null}" : $"{{\"path\":\"{Path}\",\"status\":\"{Status}\"}}";
    }

    /// <summary>No such person.</summary>
    public sealed record UnknownPerson : PersonDecisionOutcome;

    /// <summary>No decisions run yet: the person is decided with everyone in the first one.</summary>
    public sealed record NoRun : PersonDecisionOutcome;

    /// <summary>The latest decisions run has not finished; it decides the person itself.</summary>
    public sealed record RunInProgress(int RunNumber) : PersonDecisionOutcome;

    /// <summary>A transition parameter is unknown on the run's date.</summary>
    public sealed record Missing(MissingParameter Parameter) : PersonDecisionOutcome;
}
