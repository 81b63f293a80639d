using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry;
using Overgang.Registry.Model;
using Overgang.Registry.Runs;
using Overgang.Web.Security;

namespace Overgang.Web.WorkQueue;

/// <summary>
/// The work queue's query over the stored task rows of the latest decisions run (index <c>task(run, kind, owner, status,
/// due, person)</c>), joined to the person and the municipality only for the rows it needs: shared by the page, the API,
/// the bulk actions and the export.
/// </summary>
internal static class WorkQueueRows
{
    private static readonly string[] MunicipalityKinds = ["action", "follow-up"];

    /// <summary>Persons read first at most (the first 40 pages); deeper pages sort the matching actions.</summary>
    private const int MostPersonsWalked = 1_000;

    /// <summary>What reading one person in name order costs against sorting one row.</summary>
    private const int PersonReadCost = 5;

    /// <summary>The latest decisions run, or <c>null</c>.</summary>
    public static Task<BatchRun?> LatestRunAsync(RegistryContext context, CancellationToken cancellationToken) =>
        context.Runs.AsNoTracking().Where(r => r.Kind == RunKinds.Decisions).OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The open actions of a run that match the filter, with their person and municipality.</summary>
    public static IQueryable<Row> Matching(RegistryContext context, long runId, WorkQueueFilter filter, Caller caller, LocalDate today)
    {
        var tasks = Tasks(context, runId, filter, caller, today);
        if (filter.Municipality is { } code)
        {
            tasks = OfMunicipality(context, tasks, code);
        }

        return from t in tasks
               join p in context.Persons.AsNoTracking() on t.PersonId equals p.Id
               join m in context.Municipalities.AsNoTracking() on p.MunicipalityCode equals m.Code
               select new Row
               {
                   PersonId = t.PersonId, Owner = t.Owner, Code = t.Code, Text = t.Text, Due = t.Due, Flags = t.Flags,
                   GivenName = p.GivenName, FamilyName = p.FamilyName, GivenNameCyrillic = p.GivenNameCyrillic, FamilyNameCyrillic = p.FamilyNameCyrillic,
                   MunicipalityCode = p.MunicipalityCode, MunicipalityName = m.Name, HouseholdId = p.HouseholdId,
               };
    }

    /// <summary>How many open actions match: without the joins when no municipality is asked for.</summary>
    public static Task<int> CountAsync(RegistryContext context, long runId, WorkQueueFilter filter, Caller caller, LocalDate today, CancellationToken cancellationToken)
    {
        if (filter.Municipality is { } code)
        {
            return OfMunicipality(context, Tasks(context, runId, filter, caller, today), code).CountAsync(cancellationToken);
        }

        return Tasks(context, runId, filter, caller, today).CountAsync(cancellationToken);
    }

    /// <summary>
    /// One page of the matching rows in the filter's order (<see cref="Sorted"/>). Sorted by name over many matching
    /// actions, the persons are read first in name order from the index <c>person(family name, given name)</c>, each
    /// kept when it has a matching action (index <c>task(person, ...)</c>), and only their actions are sorted: the page's
    /// first rows belong to at most <paramref name="skip"/> + <paramref name="take"/> persons, so the page is the same.
    /// Otherwise the database sorts every matching action (about 136,000 for the IND's queue of the persons' actions on
    /// the demo registry, 220 ms at the median under load).
    /// </summary>
    public static async Task<List<Row>> PageAsync(RegistryContext context, long runId, WorkQueueFilter filter, Caller caller, LocalDate today, int total, int skip, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(filter);
        var byPersons = filter.SortField == "name" && skip + take <= MostPersonsWalked
            && WalkPays(total, skip + take, await context.Persons.CountAsync(cancellationToken).ConfigureAwait(false));
        return await PageAsync(context, runId, filter, caller, today, skip, take, byPersons, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The page read the one way or the other (<paramref name="byPersons"/> only for a sort by name): both give the same rows.</summary>
    internal static async Task<List<Row>> PageAsync(RegistryContext context, long runId, WorkQueueFilter filter, Caller caller, LocalDate today, int skip, int take, bool byPersons, CancellationToken cancellationToken)
    {
        var rows = Matching(context, runId, filter, caller, today);
        if (byPersons)
        {
            if (filter.SortField != "name")
            {
                throw new ArgumentException("persons are read first only for a sort by name", nameof(byPersons));
            }

            var tasks = Tasks(context, runId, filter, caller, today);
            var persons = context.Persons.AsNoTracking().Where(p => tasks.Any(t => t.PersonId == p.Id));
            if (filter.Municipality is { } code)
            {
                persons = persons.Where(p => p.MunicipalityCode == code);
            }

            var ordered = filter.Descending
                ? persons.OrderByDescending(p => p.FamilyName).ThenByDescending(p => p.GivenName).ThenBy(p => p.Id)
                : persons.OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.Id);
            var ids = await ordered.Take(skip + take).Select(p => p.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            rows = rows.Where(r => ids.Contains(r.PersonId));
        }

        return await Sorted(rows, filter).Skip(skip).Take(take).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Whether reading persons in name order is cheaper than sorting the matching actions: a person read costs about
    /// five sorted rows (an index probe each; 2.3 µs against 0.45 µs on SQLite, demo registry), and about
    /// <c>rows × persons / total</c> persons are read to find the page's rows.
    /// </summary>
    internal static bool WalkPays(int total, int rows, int persons) => (long)PersonReadCost * rows * persons <= (long)total * total;

    /// <summary>The rows in the filter's order, ties by person (sorted by name, then by due date and action).</summary>
    public static IQueryable<Row> Sorted(IQueryable<Row> rows, WorkQueueFilter filter) => (filter.SortField, filter.Descending) switch
    {
        ("name", false) => rows.OrderBy(r => r.FamilyName).ThenBy(r => r.GivenName).ThenBy(r => r.PersonId).ThenBy(r => r.Due).ThenBy(r => r.Code).ThenBy(r => r.Text),
        ("name", true) => rows.OrderByDescending(r => r.FamilyName).ThenByDescending(r => r.GivenName).ThenBy(r => r.PersonId).ThenBy(r => r.Due).ThenBy(r => r.Code).ThenBy(r => r.Text),
        ("municipality", false) => rows.OrderBy(r => r.MunicipalityName).ThenBy(r => r.Due).ThenBy(r => r.PersonId),
        ("municipality", true) => rows.OrderByDescending(r => r.MunicipalityName).ThenBy(r => r.Due).ThenBy(r => r.PersonId),
        ("action", false) => rows.OrderBy(r => r.Code).ThenBy(r => r.Due).ThenBy(r => r.PersonId),
        ("action", true) => rows.OrderByDescending(r => r.Code).ThenBy(r => r.Due).ThenBy(r => r.PersonId),
        (_, true) => rows.OrderByDescending(r => r.Due).ThenBy(r => r.PersonId),
        _ => rows.OrderBy(r => r.Due).ThenBy(r => r.PersonId),
    };

    /// <summary>
    /// The open tasks of an owner that the queue lists: their actions, and for the municipality also its follow-up
    /// tasks (registering the address and the like: the municipality's own work after a decision, which the case
    /// worker's dashboard counts). The dashboard counts over this same query, so a count equals the list it links to.
    /// </summary>
    /// <remarks>
    /// The kinds are constants in the query (<c>kind = 'action'</c>, or <c>kind IN ('action', 'follow-up')</c>), so the
    /// database reads an owner's tasks from the index <c>task(run, kind, owner, status, due, person)</c> (in due order,
    /// for one kind), or a municipality's from <c>task(person, run, owner, status, kind, due)</c>.
    /// </remarks>
    public static IQueryable<CaseTask> Open(RegistryContext context, long runId, string owner) => owner == "municipality"
        ? context.Tasks.AsNoTracking().Where(t => t.RunId == runId && EF.Constant(MunicipalityKinds).Contains(t.Kind) && t.Owner == owner && t.Status == "open")
        : context.Tasks.AsNoTracking().Where(t => t.RunId == runId && t.Kind == "action" && t.Owner == owner && t.Status == "open");

    /// <summary>
    /// Open tasks limited to the persons of one municipality: the municipality's persons (index <c>person(municipality)</c>)
    /// to their tasks (index <c>task(person, run, owner, status, kind, due)</c>), not every task of the owner to its person.
    /// </summary>
    public static IQueryable<CaseTask> OfMunicipality(RegistryContext context, IQueryable<CaseTask> tasks, string code)
    {
        var persons = context.Persons.AsNoTracking().Where(p => p.MunicipalityCode == code).Select(p => p.Id);
        return tasks.Where(t => persons.Contains(t.PersonId));
    }

    private static IQueryable<CaseTask> Tasks(RegistryContext context, long runId, WorkQueueFilter filter, Caller caller, LocalDate today)
    {
        var tasks = Open(context, runId, filter.Owner);
        if (filter.Action is { } action)
        {
            tasks = tasks.Where(t => t.Code == action);
        }

        if (filter.Overdue)
        {
            tasks = tasks.Where(t => t.Due < today);
        }

        if (filter.Due is { } due)
        {
            tasks = tasks.Where(t => t.Due <= due);
        }

        if (filter.ReviewFlag is { } flag)
        {
            var bit = (int)flag;
            tasks = tasks.Where(t => (t.Flags & bit) != 0);
        }

        switch (filter.Assignee)
        {
            case null:
                break;
            case "none":
                tasks = tasks.Where(t => !context.WorkAssignments.Any(a => a.PersonId == t.PersonId && a.ActionCode == t.Code));
                break;
            default:
                var name = filter.Assignee == "me" ? caller.UserName : filter.Assignee;
                tasks = tasks.Where(t => context.WorkAssignments.Any(a => a.PersonId == t.PersonId && a.ActionCode == t.Code && a.AssignedTo == name));
                break;
        }

        return tasks;
    }

    /// <summary>An open action with its person and municipality.</summary>
    internal sealed class Row
    {
        public required string PersonId { get; init; }

        public required string Owner { get; init; }

        public string? Code { get; init; }

        public string? Text { get; init; }

        public LocalDate Due { get; init; }

        public int Flags { get; init; }

        public required string GivenName { get; init; }

        public required string FamilyName { get; init; }

        public string? GivenNameCyrillic { get; init; }

        public string? FamilyNameCyrillic { get; init; }

        public required string MunicipalityCode { get; init; }

        public required string MunicipalityName { get; init; }

        public required string HouseholdId { get; init; }
    }
}
