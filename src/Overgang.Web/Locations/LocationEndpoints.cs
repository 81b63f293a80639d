using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NodaTime;
using Overgang.Registry;
using Overgang.Rules.Parameters;
using Overgang.Web.Api;
using Overgang.Web.Audit;
using Overgang.Web.Cases;
using Overgang.Web.Security;

namespace Overgang.Web.Locations;

/// <summary>
/// <c>GET /api/v1/locations</c> and <c>GET /api/v1/locations/{id}</c>: capacity, occupancy and the 28-day absences,
/// for case workers (their own municipality), the IND, analysts (no names) and administrators.
/// </summary>
internal static class LocationEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/locations").WithTags("locations").RequireAuthorization(AccessPolicies.Aggregates);
        group.MapGet("", ListAsync)
            .WithSummary("Reception locations with capacity, occupancy on a date (default today) and residents away longer than the 28-day maximum in that month; ?municipality= filters.");
        group.MapGet("/{id}", DetailAsync)
            .WithSummary("One location with the absences of its residents in the date's month; names only for callers who may read those persons (audited), none for analysts.");
    }

    private static async Task<Results<Ok<LocationList>, ProblemHttpResult>> ListAsync(HttpContext http, RegistryContext context, KeptPerRevision kept, ParameterTree parameters, IClock clock, string? date, string? municipality, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User)!;
        if (!LocationQuery.TryRead(caller, date, municipality, parameters, Today(clock), out var query, out var problem))
        {
            return Problem(problem);
        }

        return TypedResults.Ok(await LocationReader.ListAsync(context, kept, clock, caller, query, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<Results<Ok<LocationDetail>, ProblemHttpResult>> DetailAsync(HttpContext http, RegistryContext context, ParameterTree parameters, IClock clock, AccessLog log, string id, string? date, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User)!;
        if (!LocationQuery.TryRead(caller, date, null, parameters, Today(clock), out var query, out var problem))
        {
            return Problem(problem);
        }

        switch (await LocationReader.DetailAsync(context, caller, id, query, cancellationToken).ConfigureAwait(false))
        {
            case DetailOutcome.Found found:
                await log.ReadAsync(context, caller, "location " + id + " absences", found.NamedPersons, cancellationToken).ConfigureAwait(false);
                return TypedResults.Ok(found.Detail);
            case DetailOutcome.OutOfScope:
                return Problems.Forbidden("location " + id + " is in a municipality outside your scope");
            default:
                return Problems.NotFound("no location " + id);
        }
    }

    internal static LocalDate Today(IClock clock) => Cases.CaseClock.Today(clock);

    internal static ProblemHttpResult Problem(QueryProblem problem) => problem.Status switch
    {
        403 => Problems.Forbidden(problem.Field + ": " + problem.Message),
        _ => Problems.BadInput(problem.Field, problem.Message, problem.Parameter),
    };
}
