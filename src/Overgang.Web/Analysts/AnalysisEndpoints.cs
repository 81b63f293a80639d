using System.Collections.Immutable;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Overgang.Analysis.Monitor;
using Overgang.Analysis.Projections;
using Overgang.Analysis.Reports;
using Overgang.Letters;
using Overgang.Web.Api;
using Overgang.Web.Languages;
using Overgang.Web.Security;

namespace Overgang.Web.Analysts;

/// <summary>
/// <c>/api/v1/analysis</c>: the projections (scenarios, one scenario's series with bands and the back-test) and the
/// monitor (figures and scorecards), and the downloads of the analyst pages (reports as HTML and PDF, tables as CSV).
/// Policy <c>statistics</c>: analysts and administrators. Aggregates only: no name, no person id.
/// </summary>
internal static class AnalysisEndpoints
{
    /// <summary>Maps the API.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var analysis = api.MapGroup("/analysis").WithTags("analysis").RequireAuthorization(AccessPolicies.Statistics);
        analysis.MapGet("/projections", Scenarios)
            .WithSummary("The projection scenarios (population, reception and caseloads to 2030), with the draws and seed every projection uses.");
        analysis.MapGet("/projections/{scenario}", Scenario)
            .WithSummary("One scenario month by month: every series with its 10th, 50th and 90th percentile (whole persons, as overgang project prints), social-assistance applications per municipality, and the back-test. 404 for an unknown scenario.");
        analysis.MapGet("/monitor", Monitor)
            .WithSummary("Every official figure for the Netherlands and per EU member state with its date and source, and the factor scorecards per period (shipped and entered scores) with their change.");
        ScorecardEndpoints.Map(analysis);
    }

    /// <summary>Maps the downloads of the pages: <c>/analysis/projections/{scenario}/report.html|pdf</c>, <c>.../tables/{table}.csv</c>, and the same under <c>/analysis/monitor</c>.</summary>
    public static void MapDownloads(IEndpointRouteBuilder endpoints)
    {
        var downloads = endpoints.MapGroup("/analysis").RequireAuthorization(AccessPolicies.Statistics).ExcludeFromDescription();
        downloads.MapGet("/projections/{scenario}/report.{format}", (string scenario, string format, AnalystOutlook outlook, HttpContext http) =>
            outlook.TryGet(scenario, out var found) ? Report(outlook.Report(found), "projection-" + found.Result.Scenario.Id, format, http) : NotFound(scenario));
        downloads.MapGet("/projections/{scenario}/tables/{table}.csv", (string scenario, string table, AnalystOutlook outlook) =>
            outlook.TryGet(scenario, out var found) ? Csv(outlook.Report(found), table) : NotFound(scenario));
        downloads.MapGet("/monitor/report.{format}", (string format, AnalystOutlook outlook, HttpContext http) => Report(outlook.MonitorReport(), "monitor", format, http));
        downloads.MapGet("/monitor/tables/{table}.csv", (string table, AnalystOutlook outlook) => Csv(outlook.MonitorReport(), table));
    }

    /// <summary>The download links of a report's tables as CSV.</summary>
    public static ImmutableArray<(string Href, string Id)> Tables(ImmutableArray<ReportTable> tables, string basePath) =>
        [.. tables.Select(t => (basePath + "/tables/" + t.Id + ".csv", t.Id))];

    private static ScenarioListResponse Scenarios() => new(
        AnalystOutlook.Data.Start,
        AnalystOutlook.Data.End,
        Projection.DefaultDraws,
        Projection.DefaultSeed,
        [.. AnalystOutlook.Data.Scenarios.Select(Summary)]);

    private static Results<Ok<ScenarioResponse>, ProblemHttpResult> Scenario(string scenario, AnalystOutlook outlook)
    {
        if (!outlook.TryGet(scenario, out var found))
        {
            return Problems.NotFound(Unknown(scenario));
        }

        var result = found.Result;
        return TypedResults.Ok(new ScenarioResponse(
            Summary(result.Scenario),
            result.Draws,
            result.Seed,
            result.Months,
            [.. result.Series.Select(s => new SeriesResponse(s.Id, s.Title, s.Organisation, s.IsStock, Whole(s.P10), Whole(s.P50), Whole(s.P90)))],
            [.. result.SocialAssistanceByMunicipality.Select(m => new MunicipalityApplications(m.Code, m.Name, (long)Math.Round(m.Applications)))],
            new BackTestResponse(
                global::Overgang.Analysis.Projections.BackTest.Scenario,
                [.. found.BackTest.Select(r => new BackTestFigure(r.Series, r.Metric, r.Date, r.Observed, (long)Math.Round(r.P10), (long)Math.Round(r.P50), (long)Math.Round(r.P90), Math.Round(r.AbsolutePercentageError, 1), r.WithinBand))],
                [.. global::Overgang.Analysis.Projections.BackTest.Summary(found.BackTest).Select(s => new BackTestMetric(s.Metric, s.Figures, Math.Round(s.Mape, 1), s.WithinBand))])));
    }

    private static MonitorResponse Monitor(Overgang.Registry.RegistryContext registry)
    {
        var scorecards = EnterScores.Current(registry, AnalystOutlook.Scorecards);
        var changes = Enumerable.Range(1, Math.Max(0, scorecards.Periods.Length - 1))
            .Select(i => new PeriodChange(scorecards.Periods[i - 1].Id, scorecards.Periods[i].Id, Scorecards.Compare(scorecards.Periods[i - 1], scorecards.Periods[i])));
        return new MonitorResponse(OfficialFigures.All, EuropeanFigures.All, scorecards.Aggregation, scorecards.Periods, [.. changes]);
    }

    private static ScenarioSummary Summary(ProjectionScenario scenario) =>
        new(scenario.Id, scenario.Title, scenario.Description, AnalystOutlook.Data.Sources.TryGetValue(scenario.SourceId, out var source) ? source.Cite : scenario.SourceId, "/api/v1/analysis/projections/" + scenario.Id);

    private static ImmutableArray<long> Whole(ImmutableArray<double> values) => [.. values.Select(v => (long)Math.Round(v))];

    private static string Unknown(string scenario) =>
        $"no scenario '{scenario}': the scenarios are {string.Join(", ", AnalystOutlook.Data.Scenarios.Select(s => s.Id))}";

    private static ProblemHttpResult NotFound(string scenario) => Problems.NotFound(Unknown(scenario));

    private static IResult Report(ReportDocument document, string name, string format, HttpContext http)
    {
        switch (format)
        {
            case "html":
                return TypedResults.File(Encoding.UTF8.GetBytes(document.Html), "text/html; charset=utf-8", name + ".html");
            case "pdf":
                var l = LanguageSelection.Current(http);
                if (ChromiumPdfRenderer.FindChromium() is not { } chromium)
                {
                    return Unavailable(l.T(
                        "De PDF kan nu niet worden gemaakt: Chromium is niet geïnstalleerd op de server. Download het rapport als HTML.",
                        "Зараз неможливо створити PDF: на сервері не встановлено Chromium. Завантажте звіт у форматі HTML.",
                        "The PDF cannot be made now: Chromium is not installed on the server. Download the report as HTML."));
                }

                try
                {
                    return TypedResults.File(ChromiumPdfRenderer.RenderHtml(document.Html, chromium), "application/pdf", name + ".pdf");
                }
                catch (InvalidOperationException)
                {
                    return Unavailable(l.T(
                        "De PDF kon niet worden gemaakt (Chromium gaf een fout of duurde te lang). Probeer het later opnieuw of download het rapport als HTML.",
                        "Не вдалося створити PDF (Chromium повернув помилку або працював задовго). Спробуйте пізніше або завантажте звіт у форматі HTML.",
                        "The PDF could not be made (Chromium failed or took too long). Try again later or download the report as HTML."));
                }

            default:
                return Problems.NotFound($"no report format '{format}': html or pdf");
        }
    }

    private static ProblemHttpResult Unavailable(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF");

    private static IResult Csv(ReportDocument document, string table) =>
        document.Tables.FirstOrDefault(t => t.Id == table) is { } found
            ? TypedResults.File(Encoding.UTF8.GetBytes(found.ToCsv()), "text/csv; charset=utf-8", found.Id + ".csv")
            : Problems.NotFound($"no table '{table}': the tables are {string.Join(", ", document.Tables.Select(t => t.Id))}");
}
