using System.Collections.Immutable;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NodaTime;
using Overgang.Analysis.Monitor;
using Overgang.Registry;
using Overgang.Web.Api;
using Overgang.Web.Security;

namespace Overgang.Web.Analysts;

/// <summary>One score in a <see cref="ScoresRequest"/>.</summary>
/// <param name="Domain">The domain id.</param>
/// <param name="Factor">The factor id.</param>
/// <param name="Indicator">The indicator id.</param>
/// <param name="Score">The score, a whole number within the scale.</param>
/// <param name="Justification">Source and justification.</param>
internal sealed record ScoreRequest(string? Domain, string? Factor, string? Indicator, int? Score, string? Justification);

/// <summary>The body of <c>POST /api/v1/analysis/scorecards/{period}</c>.</summary>
/// <param name="Reason">Why the scores are entered or amended.</param>
/// <param name="Scores">The scores.</param>
internal sealed record ScoresRequest(string? Reason, ImmutableArray<ScoreRequest> Scores);

/// <summary>A scorecard period with its current scores (shipped and entered), its version (the ETag) and its history.</summary>
/// <param name="Period">The period with its domains, factors, indicators and means.</param>
/// <param name="Version">The number of score versions stored for the period (the ETag).</param>
/// <param name="Lowest">The lowest score of the scale.</param>
/// <param name="Highest">The highest score of the scale.</param>
/// <param name="History">Every entered and amended score, oldest first.</param>
internal sealed record ScorecardResponse(ScorePeriod Period, int Version, int Lowest, int Highest, ImmutableArray<EnteredScore> History);

/// <summary>
/// <c>/api/v1/analysis/scorecards</c>: read a scorecard period with its version and history, and enter or amend its scores
/// (If-Match with the version read). The same use case as <c>overgang monitor score</c> and the analyst page
/// (<see cref="EnterScores"/>). Policy <c>statistics</c>: analysts and administrators.
/// </summary>
internal static class ScorecardEndpoints
{
    /// <summary>Maps the endpoints on the analysis group.</summary>
    public static void Map(RouteGroupBuilder analysis)
    {
        analysis.MapGet("/scorecards/{period}", Read)
            .WithSummary("A scorecard period (such as 2025-06) with its factors and indicators, the current scores (shipped and entered; null when not scored yet), its version as ETag, and the history of every entered and amended score. 404 for an unknown period.");
        analysis.MapPost("/scorecards/{period}", Enter)
            .WithSummary("Enters or amends scores of a period: {reason, scores: [{domain, factor, indicator, score, justification}]}. Needs If-Match with the ETag read; 412 when the period changed, 428 without. A changed score becomes a new version; every version is audited. 400 names the field and row.");
    }

    private static Results<Ok<ScorecardResponse>, ProblemHttpResult> Read(string period, RegistryContext registry, HttpContext http)
    {
        if (Scorecards.Default.Periods.All(p => p.Id != period))
        {
            return Problems.NotFound(Unknown(period));
        }

        var response = Response(registry, period);
        http.Response.Headers.ETag = CaseHttp.ETag(response.Version);
        return TypedResults.Ok(response);
    }

    private static Results<Ok<ScorecardResponse>, ProblemHttpResult> Enter(string period, ScoresRequest? body, RegistryContext registry, IClock clock, HttpContext http)
    {
        if (Scorecards.Default.Periods.All(p => p.Id != period))
        {
            return Problems.NotFound(Unknown(period));
        }

        if (CaseHttp.IfMatch(http.Request) is not { } version)
        {
            return TypedResults.Problem(
                detail: "send the ETag of the scorecard you read in If-Match", statusCode: StatusCodes.Status428PreconditionRequired, title: "Precondition required",
                extensions: new Dictionary<string, object?> { ["field"] = "If-Match" });
        }

        if (body is null)
        {
            return Problems.BadInput("body", "send {reason, scores: [{domain, factor, indicator, score, justification}]}");
        }

        var scores = body.Scores.IsDefault ? [] : body.Scores;
        var request = new ScoreEntryRequest(
            period,
            version is < 0 or > int.MaxValue ? -1 : (int)version,
            Caller.From(http.User)!.Actor,
            body.Reason?.Trim() ?? "",
            [.. scores.Select((s, i) => new ScoreInput(i + 1, s.Domain?.Trim() ?? "", s.Factor?.Trim() ?? "", s.Indicator?.Trim() ?? "", s.Score?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", s.Justification?.Trim() ?? ""))]);
        switch (EnterScores.Run(registry, Scorecards.Default, clock, request))
        {
            case ScoreEntryOutcome.Entered:
                var response = Response(registry, period);
                http.Response.Headers.ETag = CaseHttp.ETag(response.Version);
                return TypedResults.Ok(response);
            case ScoreEntryOutcome.Invalid invalid:
                var error = invalid.Errors[0];
                return Problems.BadInput(error.Line > 0 ? $"scores[{error.Line - 1}].{error.Field}" : error.Field, error.Message);
            case ScoreEntryOutcome.Stale stale:
                return TypedResults.Problem(
                    detail: "the scorecard changed since you read it; read it again and redo the change", statusCode: StatusCodes.Status412PreconditionFailed, title: "Changed by someone else",
                    extensions: new Dictionary<string, object?> { ["field"] = "If-Match", ["currentETag"] = CaseHttp.ETag(stale.Current) });
            default:
                throw new InvalidOperationException("unknown outcome");
        }
    }

    private static ScorecardResponse Response(RegistryContext registry, string period)
    {
        var current = EnterScores.Current(registry, Scorecards.Default);
        return new ScorecardResponse(current.Periods.Single(p => p.Id == period), EnterScores.Version(registry, period), Scorecards.Lowest, Scorecards.Highest, EnterScores.History(registry, period));
    }

    private static string Unknown(string period) => $"no scorecard period '{period}': the periods are {string.Join(", ", Scorecards.Default.Periods.Select(p => p.Id))}";
}
