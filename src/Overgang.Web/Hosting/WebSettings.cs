using NodaTime;
using Overgang.Registry;
using Overgang.Rules.Parameters;

namespace Overgang.Web.Hosting;

/// <summary>What the web application runs on.</summary>
/// <param name="Database">The registry.</param>
/// <param name="Urls">Where to listen, such as <c>http://127.0.0.1:5080</c>; port 0 picks a free port.</param>
/// <param name="Parameters">The rules' parameters.</param>
/// <param name="Clock">The clock: today's date for the rules and audit times.</param>
public sealed record WebSettings(RegistryDatabase Database, string Urls, ParameterTree Parameters, IClock Clock)
{
    /// <summary>True to write request logs to the console (off: the command prints its own lines).</summary>
    public bool RequestLogging { get; init; }

    /// <summary>One more destination of the log beside the console, with the same filters (a test's capture); none by default.</summary>
    public Microsoft.Extensions.Logging.ILoggerProvider? Log { get; init; }

    /// <summary>Request sizes, rate limits and the sign-in lockout.</summary>
    public WebLimits Limits { get; init; } = WebLimits.Default;
}
