using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NodaTime;
using NodaTime.Text;
using Overgang.Registry;
using Overgang.Web.Api;
using Overgang.Web.Audit;
using Overgang.Web.Cases;
using Overgang.Web.Security;

namespace Overgang.Web.Quality;

/// <summary>
/// Reception quality and target groups: a location's quality (<c>GET /api/v1/locations/{id}/quality</c>), recording
/// inspections, complaints, conversions, target groups and occupancy, the handling of complaints and conversions (with
/// If-Match), and the ministry's aggregates (<c>GET /api/v1/analysis/reception</c>).
/// </summary>
internal static class QualityEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var location = api.MapGroup("/locations/{id}").WithTags("reception quality").RequireAuthorization(AccessPolicies.Staff);
        location.MapGet("/quality", ReadAsync)
            .WithSummary("A location's quality on a date (default today): status against the RooO minimum criteria and the additional AEF criteria, per criterion, follow-up tasks, target groups, inspections, complaints (texts audited), conversions and occupancy per target group. Case workers of the municipality, the IND, administrators.");
        location.MapPost("/inspections", (HttpContext http, RegistryContext context, AccessLog log, IClock clock, string id, InspectionInput input, CancellationToken ct) =>
                Answer(QualityRecorder.RecordInspectionAsync(context, log, clock, Caller.From(http.User)!, id, input, ct)))
            .WithSummary("Records an inspection: date, inspector, notes and per criterion met, not-met or not-assessed. Case workers of the municipality and administrators; audited.");
        location.MapPost("/complaints", (HttpContext http, RegistryContext context, AccessLog log, IClock clock, string id, ComplaintInput input, CancellationToken ct) =>
                Answer(QualityRecorder.RecordComplaintAsync(context, log, clock, Caller.From(http.User)!, id, input, ct)))
            .WithSummary("Records a complaint about the location (received, category, language, text). Case workers of the municipality and administrators; audited.");
        location.MapPost("/conversions", (HttpContext http, RegistryContext context, AccessLog log, string id, ConversionInput input, CancellationToken ct) =>
                Answer(QualityRecorder.RecordConversionAsync(context, log, Caller.From(http.User)!, id, input, ct)))
            .WithSummary("Plans a conversion of places into housing. Case workers of the municipality and administrators; audited.");
        location.MapPost("/target-groups", (HttpContext http, RegistryContext context, AccessLog log, string id, TargetGroupInput input, CancellationToken ct) =>
                Answer(QualityRecorder.RecordTargetGroupAsync(context, log, Caller.From(http.User)!, id, input, ct)))
            .WithSummary("Records a period in which the location is set up for a target group. Case workers of the municipality and administrators; audited.");
        location.MapPost("/occupancy", (HttpContext http, RegistryContext context, AccessLog log, IClock clock, string id, OccupancyInput input, CancellationToken ct) =>
                Answer(QualityRecorder.ReportOccupancyAsync(context, log, clock, Caller.From(http.User)!, id, input, ct)))
            .WithSummary("Reports the residents of status holders or asylum seekers on a day (displaced people are counted from placements). Case workers of the municipality and administrators; audited.");
        api.MapPost("/complaints/{complaintId:long}/status", (HttpContext http, RegistryContext context, AccessLog log, IClock clock, long complaintId, ComplaintStatusInput input, CancellationToken ct) =>
                Answer(QualityRecorder.ChangeComplaintAsync(context, log, clock, Caller.From(http.User)!, complaintId, CaseHttp.IfMatch(http.Request), input, ct)))
            .WithTags("reception quality").RequireAuthorization(AccessPolicies.Staff)
            .WithSummary("Records the next handling step of a complaint (acknowledged, decided with an outcome) with the ETag read in If-Match. Case workers of the municipality and administrators; audited.");
        api.MapPost("/conversions/{conversionId:long}/done", (HttpContext http, RegistryContext context, AccessLog log, IClock clock, long conversionId, ConversionDoneInput input, CancellationToken ct) =>
                Answer(QualityRecorder.ConversionDoneAsync(context, log, clock, Caller.From(http.User)!, conversionId, CaseHttp.IfMatch(http.Request), input, ct)))
            .WithTags("reception quality").RequireAuthorization(AccessPolicies.Staff)
            .WithSummary("Records the day a planned conversion was done, with the ETag read in If-Match. Case workers of the municipality and administrators; audited.");
        api.MapGet("/analysis/reception", OverviewAsync).WithTags("reception quality").RequireAuthorization(AccessPolicies.Statistics)
            .WithSummary("Reception quality and target groups over all municipalities on a date (default today): places and occupancy per target group, locations meeting the criteria per municipality, complaints per month by status, planned conversions. Figures only.");
    }

    private static async Task<Results<Ok<LocationQuality>, ProblemHttpResult>> ReadAsync(HttpContext http, RegistryContext context, AccessLog log, IClock clock, string id, string? date, CancellationToken cancellationToken)
    {
        if (!TryDate(date, clock, out var day))
        {
            return Problems.BadInput("date", "must be YYYY-MM-DD");
        }

        return CaseHttp.Answer(await QualityReader.ReadAsync(context, log, Caller.From(http.User)!, id, day, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<Results<Ok<ReceptionOverview>, ProblemHttpResult>> OverviewAsync(RegistryContext context, KeptPerRevision kept, IClock clock, string? date, CancellationToken cancellationToken)
    {
        if (!TryDate(date, clock, out var day))
        {
            return Problems.BadInput("date", "must be YYYY-MM-DD");
        }

        return TypedResults.Ok(await ReceptionAggregates.ReadAsync(context, kept, clock, day, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<Results<Ok<T>, ProblemHttpResult>> Answer<T>(Task<CaseResult<T>> result) => CaseHttp.Answer(await result.ConfigureAwait(false));

    internal static bool TryDate(string? text, IClock clock, out LocalDate date)
    {
        if (string.IsNullOrEmpty(text))
        {
            date = CaseClock.Today(clock);
            return true;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        date = parsed.Success ? parsed.Value : default;
        return parsed.Success;
    }
}
