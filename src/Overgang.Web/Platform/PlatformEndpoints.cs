using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NodaTime.Text;
using Overgang.Registry;
using Overgang.Registry.Platform;
using Overgang.Rules.Parameters;
using Overgang.Web.Api;
using Overgang.Web.Security;

namespace Overgang.Web.Platform;

/// <summary>
/// <c>GET /api/v1/platform-report/{month}</c>: the monthly report to the EU temporary-protection platform, the same
/// document as <c>overgang platform-report --format json</c> (or CSV with <c>?format=csv</c>), for analysts and
/// administrators. Aggregates only: no name, no person id (docs/platform-report.md).
/// </summary>
internal static class PlatformEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/platform-report/{month}", Read).WithTags("platform-report").RequireAuthorization(AccessPolicies.Statistics)
            .WithSummary("The month's registrations active and inactive at its end, new and ended in it by reason, by age group and sex (JSON; ?format=csv for CSV). The month is YYYY-MM.");
    }

    private static Results<ContentHttpResult, ProblemHttpResult> Read(RegistryContext context, ParameterTree parameters, string month, string? format)
    {
        var parsed = YearMonthPattern.Iso.Parse(month);
        if (!parsed.Success)
        {
            return Problems.BadInput("month", $"month must be YYYY-MM, not '{month}'");
        }

        var months = RuleMonths.Of(parameters);
        if (!months.Contains(parsed.Value))
        {
            return Problems.BadInput("month", "month " + months.Message);
        }

        if (format is not (null or "json" or "csv"))
        {
            return Problems.BadInput("format", $"format must be json or csv, not '{format}'");
        }

        var report = PlatformReport.Compute(context, parsed.Value, parameters);
        return format == "csv"
            ? TypedResults.Text(report.ToCsv(), "text/csv", System.Text.Encoding.UTF8)
            : TypedResults.Text(report.ToJson(), "application/json", System.Text.Encoding.UTF8);
    }
}
