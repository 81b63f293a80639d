using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Overgang.Web.Hosting;

/// <summary>
/// The request log of <c>serve --log</c>: method, path, status and time, never the query string. ASP.NET Core's own
/// request lines carry the query string, and queries hold what people type: a household on the public calculator
/// (<c>/calculator?birth0=...&amp;income0=...</c>), a search for a family name. Those lines are switched off and this
/// one is written instead.
/// </summary>
internal static partial class RequestLog
{
    /// <summary>The category of ASP.NET Core's request lines (switched off when this log is on).</summary>
    public const string HostingCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    public static async Task Middleware(HttpContext context, Func<Task> next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next().ConfigureAwait(false);
        }
        finally
        {
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Overgang.Web.Requests");
            if (logger.IsEnabled(LogLevel.Information))
            {
                var path = context.Request.Path.Value ?? "";
                var milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                Log(logger, context.Request.Method, path, context.Response.StatusCode, milliseconds);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} {Status} {Milliseconds:0.0} ms")]
    private static partial void Log(ILogger logger, string method, string path, int status, double milliseconds);
}
