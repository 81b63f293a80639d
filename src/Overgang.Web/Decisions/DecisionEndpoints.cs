using System.Collections.Immutable;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Overgang.Web.Api;
using Overgang.Web.Security;

namespace Overgang.Web.Decisions;

/// <summary>A person's decisions and tasks; marking a task done.</summary>
internal static class DecisionEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var persons = api.MapGroup("/persons").WithTags("decisions");
        persons.MapGet("/{id}/decisions", DecisionsAsync).RequireAuthorization(AccessPolicies.SignedIn)
            .WithSummary("A person's stored transition decisions with reasons, actions, flags and tasks, latest first. Staff within scope, or the person themselves; audited.");
        persons.MapGet("/{id}/tasks", TasksAsync).RequireAuthorization(AccessPolicies.SignedIn)
            .WithSummary("The tasks of a person's latest decision. Staff within scope, or the person themselves; audited.");
        api.MapPost("/tasks/{taskId:long}/done", DoneAsync).WithTags("decisions").RequireAuthorization(AccessPolicies.Staff)
            .WithSummary("Marks a task done: a case worker of the person's municipality or an administrator. Audited.");
    }

    private static async Task<Results<Ok<ImmutableArray<DecisionView>>, ProblemHttpResult>> DecisionsAsync(HttpContext http, DecisionService service, string id, CancellationToken cancellationToken) =>
        CaseHttp.Answer(await service.DecisionsAsync(Caller.From(http.User)!, id, cancellationToken).ConfigureAwait(false));

    private static async Task<Results<Ok<ImmutableArray<TaskView>>, ProblemHttpResult>> TasksAsync(HttpContext http, DecisionService service, string id, CancellationToken cancellationToken) =>
        CaseHttp.Answer(await service.TasksAsync(Caller.From(http.User)!, id, cancellationToken).ConfigureAwait(false));

    private static async Task<Results<Ok<TaskView>, ProblemHttpResult>> DoneAsync(HttpContext http, DecisionService service, long taskId, CancellationToken cancellationToken) =>
        CaseHttp.Answer(await service.MarkDoneAsync(Caller.From(http.User)!, taskId, cancellationToken).ConfigureAwait(false));
}
