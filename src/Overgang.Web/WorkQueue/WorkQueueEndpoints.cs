using System.Collections.Immutable;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Overgang.Web.Api;
using Overgang.Web.Cases;
using Overgang.Web.Security;

namespace Overgang.Web.WorkQueue;

/// <summary><c>/api/v1/work-queue</c>: the IND's work queue of open actions, its assignments, flag reviews and CSV export (issue 14).</summary>
internal static class WorkQueueEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/work-queue", ReadAsync).WithTags("work-queue").RequireAuthorization(AccessPolicies.Staff)
            .WithSummary("Open actions of the latest decisions run, a page of 25: owner=ind|person|municipality|dtenv (ind by default), action=<task code>, municipality=<GM code>, overdue=true, flag=<kebab-case flag>, assignee=me|none|<user name>, due=<yyyy-mm-dd, due on or before>, sort=due|name|municipality|action (- in front for descending), page=<n>. An unknown value is a 400 naming the parameter. IND and administrators.");
        api.MapGet("/work-queue/export", ExportAsync).WithTags("work-queue").RequireAuthorization(AccessPolicies.Decisions)
            .WithSummary("The filtered work queue as CSV (same parameters as /work-queue, every page), streamed; pseudonymised unless identities=true, which is audited as a read of every person in the file. IND and administrators.");
        api.MapPost("/work-queue/assignments", AssignAsync).WithTags("work-queue").RequireAuthorization(AccessPolicies.Decisions)
            .WithSummary("Assigns open actions ({selected: [{personId, action}], assignee: \"me\" or an IND user name}) to an IND employee; at most 500; one audit entry per person, all or nothing. IND and administrators.");
        api.MapPost("/work-queue/unassignments", UnassignAsync).WithTags("work-queue").RequireAuthorization(AccessPolicies.Decisions)
            .WithSummary("Takes the assignment of open actions ({selected: [{personId, action}]}) away; one audit entry per person. IND and administrators.");
        api.MapPost("/work-queue/flag-reviews", ReviewAsync).WithTags("work-queue").RequireAuthorization(AccessPolicies.Decisions)
            .WithSummary("Marks the review flags of the selected persons' decisions ({selected: [{personId, action}]}) as reviewed; a person without flags is a 400; one audit entry per person. IND and administrators.");
        api.MapPost("/work-queue/check-outcomes", ChecksAsync).WithTags("work-queue").RequireAuthorization(AccessPolicies.Decisions)
            .WithSummary("A result file of public-order checks as the body (text/csv, at most 256 KB: personId,outcome,date; outcome passed or failed; the checks.csv import's rule). Checked only, unless record=true: then every outcome is recorded on its person and the person's open check action closed, one audit entry per person, all or nothing. A rejected line is a 400 naming its line and field. IND and administrators.");
    }

    private static async Task<IResult> ChecksAsync(HttpContext http, WorkQueueActions actions, bool? record, CancellationToken cancellationToken)
    {
        var buffer = new byte[Overgang.Registry.WorkQueue.CheckOutcomes.MaximumBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await http.Request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
        {
            length += read;
        }

        var result = await actions.RecordChecksAsync(Caller.From(http.User)!, buffer.AsMemory(0, length), record == true, cancellationToken).ConfigureAwait(false);
        return result switch
        {
            CaseResult<WorkQueueChecks>.Ok { Value.Rejections: [var first, ..] } ok => CaseHttp.Problem(new CaseResult<WorkQueueChecks>.Invalid(
                first.Line > 0 ? $"line {first.Line}: {first.Field}" : first.Field,
                string.Join("; ", ok.Value.Rejections.Select(r => r.Line > 0 ? $"line {r.Line}, {r.Field}: {r.Reason}" : $"{r.Field}: {r.Reason}")))),
            CaseResult<WorkQueueChecks>.Ok ok => TypedResults.Ok(ok.Value),
            _ => CaseHttp.Problem(result),
        };
    }

    private static async Task<Results<Ok<WorkQueueView>, ProblemHttpResult>> ReadAsync(HttpContext http, WorkQueueService service, [AsParameters] WorkQueueParameters query, CancellationToken cancellationToken) =>
        CaseHttp.Answer(await service.ReadAsync(Caller.From(http.User)!, query.ToQuery(), cancellationToken).ConfigureAwait(false));

    private static async Task<IResult> ExportAsync(HttpContext http, WorkQueueExport export, [AsParameters] WorkQueueParameters query, bool? identities, CancellationToken cancellationToken)
    {
        var result = await export.PrepareAsync(Caller.From(http.User)!, query.ToQuery(), identities == true, cancellationToken).ConfigureAwait(false);
        return result is CaseResult<Func<Stream, CancellationToken, Task>>.Ok { Value: var write }
            ? TypedResults.Stream(stream => write(stream, http.RequestAborted), "text/csv; charset=utf-8", "work-queue.csv")
            : CaseHttp.Problem(result);
    }

    private static async Task<Results<Ok<WorkQueueChange>, ProblemHttpResult>> AssignAsync(HttpContext http, WorkQueueActions actions, WorkQueueAssignRequest request, CancellationToken cancellationToken) =>
        CaseHttp.Answer(await actions.AssignAsync(Caller.From(http.User)!, request.ToSelection(), request.Assignee, cancellationToken).ConfigureAwait(false));

    private static async Task<Results<Ok<WorkQueueChange>, ProblemHttpResult>> UnassignAsync(HttpContext http, WorkQueueActions actions, WorkQueueSelectRequest request, CancellationToken cancellationToken) =>
        CaseHttp.Answer(await actions.UnassignAsync(Caller.From(http.User)!, request.ToSelection(), cancellationToken).ConfigureAwait(false));

    private static async Task<Results<Ok<WorkQueueChange>, ProblemHttpResult>> ReviewAsync(HttpContext http, WorkQueueActions actions, WorkQueueSelectRequest request, CancellationToken cancellationToken) =>
        CaseHttp.Answer(await actions.ReviewFlagsAsync(Caller.From(http.User)!, request.ToSelection(), cancellationToken).ConfigureAwait(false));
}

/// <summary>The work queue's query parameters.</summary>
internal sealed record WorkQueueParameters(
    [property: FromQuery(Name = "owner")] string? Owner,
    [property: FromQuery(Name = "action")] string? Action,
    [property: FromQuery(Name = "municipality")] string? Municipality,
    [property: FromQuery(Name = "overdue")] string? Overdue,
    [property: FromQuery(Name = "flag")] string? Flag,
    [property: FromQuery(Name = "assignee")] string? Assignee,
    [property: FromQuery(Name = "due")] string? Due,
    [property: FromQuery(Name = "sort")] string? Sort,
    [property: FromQuery(Name = "page")] string? Page)
{
    public WorkQueueQuery ToQuery() => new(Owner, Action, Municipality, Overdue, Flag, Assignee, Due, Sort, Page);
}

/// <summary>Selected open actions.</summary>
/// <param name="Selected">Person and action pairs.</param>
public sealed record WorkQueueSelectRequest(ImmutableArray<WorkQueueSelected>? Selected)
{
    /// <summary>As a selection.</summary>
    public WorkQueueSelection ToSelection() => new([.. (Selected ?? []).Distinct()]);
}

/// <summary>Selected open actions and whom to assign them to.</summary>
/// <param name="Selected">Person and action pairs.</param>
/// <param name="Assignee"><c>me</c> or an IND user name.</param>
public sealed record WorkQueueAssignRequest(ImmutableArray<WorkQueueSelected>? Selected, string? Assignee)
{
    /// <summary>As a selection.</summary>
    public WorkQueueSelection ToSelection() => new([.. (Selected ?? []).Distinct()]);
}
