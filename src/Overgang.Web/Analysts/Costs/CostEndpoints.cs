using System.Collections.Immutable;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Overgang.Analysis.Costs;
using Overgang.Web.Security;

namespace Overgang.Web.Analysts.Costs;

/// <summary>
/// <c>GET /api/v1/analysis/costs</c>: the costs of current policy and of the counterfactual without a transition document
/// per organisation, item and year over the registry, with bands, and the unit costs with their sources. Policy
/// <c>statistics</c>: analysts and administrators. Aggregates only: no name, no person id.
/// </summary>
internal static class CostEndpoints
{
    /// <summary>Maps the API.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGroup("/analysis").WithTags("analysis").RequireAuthorization(AccessPolicies.Statistics)
            .MapGet("/costs", Costs)
            .WithSummary("The costs per organisation, item and calendar year of current policy and of the counterfactual without a transition document (everyone on the asylum path when protection ends), over the registry: the central value, the all-low and all-high values, and the 10th, 50th and 90th percentile of the Monte Carlo draws (euros); and every unit cost with its dated values, range and source. 409 when a parameter the simulation needs is unknown.");
    }

    private static Results<Ok<CostResponse>, ProblemHttpResult> Costs(CostOutlook outlook)
    {
        if (!outlook.TryRun(out var run, out var missing))
        {
            return TypedResults.Problem(detail: missing.Message, statusCode: StatusCodes.Status409Conflict, title: "parameter unknown");
        }

        var costs = run.Costs;
        var data = CostData.Default;
        return TypedResults.Ok(new CostResponse(
            run.Persons,
            run.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            run.From.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            run.To.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            costs.Draws,
            costs.Seed,
            costs.Scenarios,
            costs.Years,
            [.. costs.Totals.Concat(costs.Organisations).Concat(costs.Items).Select(l => new CostLineResponse(l.Scenario, l.Organisation.Length == 0 ? null : l.Organisation, l.Year, l.Item.Length == 0 ? null : l.Item, l.Cost.Central, l.Cost.Low, l.Cost.High, l.Cost.P10, l.Cost.P50, l.Cost.P90))],
            [.. data.UnitCosts.Select(u => new UnitCostResponse(u.Id, u.Unit, u.Description, [.. u.Values.Select(v => new UnitCostValueResponse(
                v.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), v.Value, v.Low, v.High, v.SourceId == UnitCostValue.OwnAssumption, data.Sources[v.SourceId].Cite, v.Rationale))]))],
            [.. data.Items.Select(i => new CostItemResponse(i.Id, i.Organisation, i.Quantity, i.Factors, i.Basis, data.Sources[i.SourceId].Cite))]));
    }
}

/// <summary>The costs of the scenarios over the registry.</summary>
/// <param name="Persons">Persons with a protection registration.</param>
/// <param name="Date">The transition decision date (ISO).</param>
/// <param name="FirstMonth">The first simulated month (<c>yyyy-MM</c>).</param>
/// <param name="LastMonth">The last simulated month (<c>yyyy-MM</c>).</param>
/// <param name="Draws">Monte Carlo draws.</param>
/// <param name="Seed">Seed of the draws.</param>
/// <param name="Scenarios"><c>baseline</c> and <c>counterfactual</c>.</param>
/// <param name="Years">The calendar years.</param>
/// <param name="Lines">Per scenario and year: the total (no organisation, no item), per organisation (no item) and per item.</param>
/// <param name="UnitCosts">The unit costs.</param>
/// <param name="Items">The cost items: quantity, unit costs, organisation and basis.</param>
public sealed record CostResponse(int Persons, string Date, string FirstMonth, string LastMonth, int Draws, int Seed, ImmutableArray<string> Scenarios, ImmutableArray<int> Years, ImmutableArray<CostLineResponse> Lines, ImmutableArray<UnitCostResponse> UnitCosts, ImmutableArray<CostItemResponse> Items);

/// <summary>One cost in euros.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Organisation"><c>state</c>, <c>municipalities</c>, <c>coa</c>, <c>ind</c> or <c>dtenv</c>; absent for the total.</param>
/// <param name="Year">The calendar year.</param>
/// <param name="Item">The cost item; absent for a total.</param>
/// <param name="Central">At the central unit costs; a total is the sum of its parts.</param>
/// <param name="Low">At every low unit cost.</param>
/// <param name="High">At every high unit cost.</param>
/// <param name="P10">10th percentile of the draws.</param>
/// <param name="P50">Median of the draws.</param>
/// <param name="P90">90th percentile of the draws.</param>
public sealed record CostLineResponse(string Scenario, string? Organisation, int Year, string? Item, decimal Central, decimal Low, decimal High, decimal P10, decimal P50, decimal P90);

/// <summary>A unit cost.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Description">What one unit is.</param>
/// <param name="Values">Its dated values.</param>
public sealed record UnitCostResponse(string Id, string Unit, string Description, ImmutableArray<UnitCostValueResponse> Values);

/// <summary>One dated value of a unit cost.</summary>
/// <param name="From">First day it applies (ISO).</param>
/// <param name="Value">The central value.</param>
/// <param name="Low">Low end of the range, if any.</param>
/// <param name="High">High end of the range, if any.</param>
/// <param name="OwnAssumption">True when the sources do not give it.</param>
/// <param name="Source">The source.</param>
/// <param name="Rationale">Why the value and its range.</param>
public sealed record UnitCostValueResponse(string From, decimal Value, decimal? Low, decimal? High, bool OwnAssumption, string Source, string? Rationale);

/// <summary>A cost item.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Organisation">Who bears it.</param>
/// <param name="Quantity">What it counts.</param>
/// <param name="UnitCosts">The unit costs it multiplies.</param>
/// <param name="Basis">Why this organisation bears it.</param>
/// <param name="Source">The source of the basis.</param>
public sealed record CostItemResponse(string Id, string Organisation, string Quantity, ImmutableArray<string> UnitCosts, string Basis, string Source);
