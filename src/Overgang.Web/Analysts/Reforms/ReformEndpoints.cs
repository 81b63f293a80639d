using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Overgang.Letters;
using Overgang.Rules.Parameters;
using Overgang.Web.Api;
using Overgang.Web.Security;

namespace Overgang.Web.Analysts.Reforms;

/// <summary>
/// <c>/api/v1/analysis/reforms</c>: the shipped reforms, starting a run in the background and reading it; and the
/// downloads of a finished run for the pages (<c>/analysis/reforms/{id}/report.html</c>, <c>.pdf</c>, <c>tables.zip</c>).
/// Analysts and administrators: national aggregates, never a person.
/// </summary>
internal static class ReformEndpoints
{
    /// <summary>The address of the script that follows a run on its progress page (the page works without it: a refresh link).</summary>
    public const string ProgressScript = "/analysis/reforms/progress.js";

    // Asks the API every two seconds how far the run is, and reloads the page when its phase or status changes: the
    // server renders the new phase in the page's language, and the result when it is finished.
    private const string ProgressScriptText = """
        (() => {
          const run = document.querySelector('[data-reform-run]');
          if (!run) return;
          const tick = async () => {
            try {
              const answer = await fetch(run.dataset.reformRun, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
              if (!answer.ok) { location.reload(); return; }
              const state = await answer.json();
              if (state.status !== run.dataset.status || (state.phase || '') !== run.dataset.phase) { location.reload(); return; }
            } catch (e) { }
            setTimeout(tick, 2000);
          };
          setTimeout(tick, 2000);
        })();
        """;

    private static readonly string[] YamlTypes = ["application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml"];

    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/analysis/reforms").WithTags("analysis").RequireAuthorization(AccessPolicies.Statistics);
        group.MapGet("", List).WithSummary("The reforms shipped with the application: name, title, description and the parameters each changes.");
        group.MapPost("/runs", StartAsync).Accepts<StartReformRequest>("application/json", "application/yaml")
            .WithSummary("Runs a reform against the current rules over the registry's population in the background (one at a time): JSON {reform: name} or {yaml: text}, or a reform file as the body (application/yaml, at most 32 KB). 202 with the run and its Location; 400 naming the line of a malformed file; 429 while too many runs wait.");
        group.MapGet("/runs/{id}", Read).WithSummary("A reform run: status, phase and percentage; when finished, every table of `overgang simulate`. 404 for an unknown (or forgotten) run: the last 20 are kept.");
    }

    /// <summary>The downloads of a finished run, for signed-in analysts' pages (not part of the API).</summary>
    public static void MapDownloads(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ProgressScript, () => Results.Text(ProgressScriptText, "text/javascript; charset=utf-8")).ExcludeFromDescription().AllowAnonymous();
        var group = endpoints.MapGroup("/analysis/reforms/{id}").RequireAuthorization(AccessPolicies.Statistics).ExcludeFromDescription();
        group.MapGet("/report.html", (string id, ReformJobs jobs) => Finished(jobs, id) is { } result
            ? Results.File(Encoding.UTF8.GetBytes(result.Document.Html), "text/html; charset=utf-8", FileName(result, "html"))
            : Results.NotFound());
        group.MapGet("/tables.zip", (string id, ReformJobs jobs) => Finished(jobs, id) is { } result
            ? Results.File(Zip(result), "application/zip", FileName(result, "zip"))
            : Results.NotFound());
        group.MapGet("/report.pdf", async (string id, ReformJobs jobs, HttpContext http) =>
        {
            if (Finished(jobs, id) is not { } result)
            {
                return Results.NotFound();
            }

            if (ChromiumPdfRenderer.FindChromium() is not { } chromium)
            {
                // No PDF without Chromium: back to the result, which says so (a clear answer, not a server error).
                return Results.Redirect($"/analysis/reforms/{id}?pdf=missing");
            }

            try
            {
                var pdf = await Task.Run(() => ChromiumPdfRenderer.RenderHtml(result.Document.Html, chromium), http.RequestAborted).ConfigureAwait(false);
                return Results.File(pdf, "application/pdf", FileName(result, "pdf"));
            }
            catch (InvalidOperationException)
            {
                // Chromium failed or timed out (a busy server): the result page says so and offers the HTML report.
                return Results.Redirect($"/analysis/reforms/{id}?pdf=failed");
            }
        });
    }

    private static ImmutableArray<ShippedReformResponse> List(ReformCatalogue catalogue) =>
        [.. catalogue.Shipped.Select(r => new ShippedReformResponse(r.Name, r.Title, r.Description, [.. r.Changes.Select(c => c.Id)]))];

    private static async Task<Results<Accepted<ReformRunResponse>, ProblemHttpResult>> StartAsync(HttpContext http, ReformCatalogue catalogue, ReformJobs jobs, CancellationToken cancellationToken)
    {
        Reform? reform;
        var shipped = false;
        if (http.Request.ContentType is { } type && YamlTypes.Any(t => type.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body, cancellationToken).ConfigureAwait(false);
            if (!catalogue.TryRead(body.ToArray(), out reform, out var error))
            {
                return Problems.BadInput("body", Line(error));
            }
        }
        else
        {
            StartReformRequest? request;
            try
            {
                request = http.Request.HasJsonContentType() ? await http.Request.ReadFromJsonAsync<StartReformRequest>(cancellationToken).ConfigureAwait(false) : null;
            }
            catch (JsonException e)
            {
                return Problems.BadInput(BadRequests.FieldOf(e.Path), "not valid JSON here: " + (e.Path ?? "the body"));
            }

            if (request is { Yaml: { } yaml })
            {
                if (!catalogue.TryRead(Encoding.UTF8.GetBytes(yaml), out reform, out var error))
                {
                    return Problems.BadInput("yaml", Line(error));
                }
            }
            else if (request is { Reform: { Length: > 0 } name })
            {
                reform = catalogue.Find(name);
                if (reform is null)
                {
                    return Problems.BadInput("reform", $"no shipped reform '{name}': one of {string.Join(", ", catalogue.Shipped.Select(r => r.Name))}");
                }

                shipped = true;
            }
            else
            {
                return Problems.BadInput("reform", "required: the name of a shipped reform, or yaml with a reform file's text (or send the file as application/yaml)");
            }
        }

        if (jobs.Start(reform, shipped) is not ReformStart.Queued queued)
        {
            return Problems.TooMany($"{ReformJobs.Waiting} reform runs are waiting already; try again when one has finished");
        }

        return TypedResults.Accepted(RunPath(queued.JobId), Response(jobs.Find(queued.JobId)!));
    }

    private static Results<Ok<ReformRunResponse>, ProblemHttpResult> Read(string id, ReformJobs jobs) =>
        jobs.Find(id) is { } job ? TypedResults.Ok(Response(job)) : Problems.NotFound("no reform run " + id + " (the last " + ReformJobs.Kept + " are kept)");

    internal static string RunPath(string id) => "/api/v1/analysis/reforms/runs/" + id;

    private static ReformRunResponse Response(ReformJob job)
    {
        var state = job.State;
        var status = state.Status.ToString().ToLowerInvariant();
        var phase = state.Status == ReformJobStatus.Running ? state.Phase?.ToString().ToLowerInvariant() : null;
        var error = state.Missing is { } missing ? $"the run needs a parameter that is unknown on {missing.Date:yyyy-MM-dd}: {missing.Message}"
            : state.Failure is not null ? "the run stopped on an error in the application (logged)"
            : null;
        ReformRunResult? result = null;
        if (state.Result is { } finished)
        {
            var report = finished.Report;
            result = new ReformRunResult(
                report.Population, report.Persons, report.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                report.Months[0].ToString("yyyy-MM", CultureInfo.InvariantCulture), report.Months[^1].ToString("yyyy-MM", CultureInfo.InvariantCulture),
                report.BaselineVersion, report.ReformVersion,
                [.. finished.Tables.Select(t => new TableResponse(t.Id, t.Title, t.Columns, t.Rows))]);
        }

        return new ReformRunResponse(job.Id, job.Reform.Name, job.Reform.Title, job.Shipped, status, phase, state.Percent, error, state.Missing?.ParameterId, result);
    }

    private static string Line(ReformError error) => error.Line > 0 ? $"line {error.Line}: {error.Problem}" : error.Problem;

    private static ReformResult? Finished(ReformJobs jobs, string id) => jobs.Find(id)?.State.Result;

    private static string FileName(ReformResult result, string extension) => "reform-" + result.Report.Reform.Name + "." + extension;

    private static byte[] Zip(ReformResult result)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var table in result.Document.Tables)
            {
                var entry = zip.CreateEntry(table.Id + ".csv", CompressionLevel.Optimal);
                using var stream = entry.Open();
                var bytes = new UTF8Encoding(false).GetBytes(table.ToCsv());
                stream.Write(bytes);
            }
        }

        return buffer.ToArray();
    }
}
