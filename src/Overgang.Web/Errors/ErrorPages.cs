using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Overgang.Web.Components.Pages.Errors;

namespace Overgang.Web.Errors;

/// <summary>
/// Errors by content negotiation (issue 14): every error answer goes through ASP.NET Core's problem details service
/// (status code pages, the exception handler, the rate limiter, <c>TypedResults.Problem</c>), and this writer, tried
/// before the JSON one, answers a browser with the error page in the page's language instead. A browser is any request
/// outside <c>/api</c> that does not prefer JSON (<see cref="WantsHtml"/>); <c>/api</c> and clients that ask for
/// <c>application/json</c> or <c>application/problem+json</c> keep problem details as before.
/// </summary>
internal sealed class ErrorPages : IProblemDetailsWriter
{
    /// <summary>Registers the writer; call before <c>AddProblemDetails</c>, so that it is asked first.</summary>
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton<IProblemDetailsWriter, ErrorPages>();
        services.AddExceptionHandler<Incidents>();
        services.Configure<ExceptionHandlerOptions>(options => options.StatusCodeSelector = Incidents.StatusOf);
    }

    /// <summary>
    /// Middleware inside the status code pages: an error answer with a content type but nothing written (a page
    /// refused for a missing antiforgery token) loses its content type, so that the status code pages give it a body.
    /// </summary>
    public static async Task EmptyAnswers(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        await next().ConfigureAwait(false);
        var response = context.Response;
        if (response.StatusCode >= StatusCodes.Status400BadRequest && !response.HasStarted && response.ContentLength is null or 0)
        {
            response.ContentType = null;
            response.ContentLength = null;
        }
    }

    public bool CanWrite(ProblemDetailsContext context) => WantsHtml(context.HttpContext.Request);

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var status = context.ProblemDetails.Status ?? http.Response.StatusCode;

        // A page that failed may have left its renderer half done: the error page renders in a scope of its own. It is
        // rendered as the answer to a GET without the page's endpoint, as the exception handler does: the renderer would
        // otherwise take a refused form post for a form of that page to handle.
        var requestServices = http.RequestServices;
        var method = http.Request.Method;
        var endpoint = http.GetEndpoint();
        await using var scope = requestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        http.RequestServices = scope.ServiceProvider;
        http.Request.Method = HttpMethods.IsHead(method) ? method : HttpMethods.Get;
        http.SetEndpoint(null);

        // A page refused before it rendered (a form without its antiforgery token) has already marked the answer for the
        // renderer, which marks it again.
        http.Response.Headers.Remove("blazor-enhanced-nav");
        http.Response.Headers.Remove("ssr-framing");
        try
        {
            var parameters = new Dictionary<string, object?>
            {
                [nameof(ErrorDocument.Status)] = status,
                [nameof(ErrorDocument.Incident)] = status >= StatusCodes.Status500InternalServerError ? Incident(http) : null,
            };
            await new RazorComponentResult<ErrorDocument>(parameters) { StatusCode = status }.ExecuteAsync(http).ConfigureAwait(false);
        }
        finally
        {
            http.RequestServices = requestServices;
            http.Request.Method = method;
            http.SetEndpoint(endpoint);
        }
    }

    /// <summary>
    /// Whether the answer to this request is a page: outside <c>/api</c>, unless the <c>Accept</c> header prefers JSON
    /// (<c>application/json</c>, <c>application/problem+json</c> or any <c>+json</c> type) to HTML. A browser sends
    /// <c>text/html</c> first; no header or <c>*/*</c> on a page's address is a page too.
    /// </summary>
    public static bool WantsHtml(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        double html = 0, json = 0;
        foreach (var accepted in request.GetTypedHeaders().Accept ?? [])
        {
            var quality = accepted.Quality ?? 1;
            if (accepted.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) || accepted.MediaType.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase))
            {
                html = Math.Max(html, quality);
            }
            else if (IsJson(accepted))
            {
                json = Math.Max(json, quality);
            }
        }

        return json == 0 || html >= json;
    }

    /// <summary>
    /// The reference of an incident, shown on the error page and written to the log with the exception: the request's
    /// trace id (also in the <c>traceId</c> of the API's problem details), else the server's request identifier.
    /// </summary>
    public static string Incident(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Activity.Current is { } activity ? activity.TraceId.ToHexString() : context.TraceIdentifier;
    }

    private static bool IsJson(MediaTypeHeaderValue accepted) =>
        accepted.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        || accepted.MediaType.Equals("application/problem+json", StringComparison.OrdinalIgnoreCase)
        || accepted.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase);
}
