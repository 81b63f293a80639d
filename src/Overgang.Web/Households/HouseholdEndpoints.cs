using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NodaTime.Text;
using Overgang.Web.Api;
using Overgang.Web.Security;

namespace Overgang.Web.Households;

/// <summary><c>/api/v1/households</c>: a household with its allowance (live and stored), decisions, tasks and history.</summary>
internal static class HouseholdEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var households = api.MapGroup("/households").WithTags("households");
        households.MapGet("/{id}", ReadAsync).RequireAuthorization(AccessPolicies.Staff)
            .WithSummary("A household: members, placement, income, the allowance and contribution of a month (?month=YYYY-MM, default this month) calculated now with its explanation, the last run's payment, decisions, tasks and history. Audited.");
    }

    private static async Task<Results<Ok<HouseholdView>, ProblemHttpResult>> ReadAsync(HttpContext http, HouseholdService service, string id, string? month, CancellationToken cancellationToken)
    {
        NodaTime.YearMonth? theMonth = null;
        if (!string.IsNullOrEmpty(month))
        {
            var parsed = YearMonthPattern.Iso.Parse(month);
            if (!parsed.Success)
            {
                return Problems.BadInput("month", "month must be YYYY-MM");
            }

            theMonth = parsed.Value;
        }

        return CaseHttp.Answer(await service.ReadAsync(Caller.From(http.User)!, id, theMonth, cancellationToken).ConfigureAwait(false));
    }
}
