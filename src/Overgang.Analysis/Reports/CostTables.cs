using System.Collections.Immutable;
using System.Globalization;
using Overgang.Analysis.Costs;

namespace Overgang.Analysis.Reports;

/// <summary>The tables of a cost report, the same for the terminal, the HTML report, the CSV files and the web pages.</summary>
public static class CostTables
{
    /// <summary>Every table of a cost report, in report order.</summary>
    public static ImmutableArray<ReportTable> All(CostReport costs, CostData data)
    {
        ArgumentNullException.ThrowIfNull(costs);
        ArgumentNullException.ThrowIfNull(data);
        return [Organisations(costs), Items(costs), UnitCosts(data), Items(data)];
    }

    /// <summary>Per year and organisation (and all together): the central cost and the 10-90 band of each scenario.</summary>
    public static ReportTable Organisations(CostReport costs)
    {
        ArgumentNullException.ThrowIfNull(costs);
        return new("costs-organisations",
            $"Costs per organisation and calendar year (EUR): central value and the band from the 10th to the 90th percentile of {costs.Draws.ToString(CultureInfo.InvariantCulture)} draws (seed {costs.Seed.ToString(CultureInfo.InvariantCulture)})",
            ["year", "organisation", .. costs.Scenarios.SelectMany(s => new[] { s + " central", s + " p10", s + " p90" })],
            [.. costs.Years.SelectMany(year => CostOrganisations.All.Append("").Select(organisation => ReformTables.Row(
            [
                year.ToString(CultureInfo.InvariantCulture),
                organisation.Length == 0 ? "total" : CostOrganisations.Name(organisation),
                .. costs.Scenarios.SelectMany(s =>
                {
                    var figure = costs.Of(s, organisation, year);
                    return new[] { Euros(figure.Central), Euros(figure.P10), Euros(figure.P90) };
                }),
            ])))]);
    }

    /// <summary>Every cost item of every scenario and year that is not zero: central, all-low, all-high and the percentiles.</summary>
    public static ReportTable Items(CostReport costs)
    {
        ArgumentNullException.ThrowIfNull(costs);
        return new("costs-items", "Costs per year, scenario, organisation and item (EUR; items that are zero in every draw left out)",
            ["year", "scenario", "organisation", "item", "central", "low", "high", "p10", "p50", "p90"],
            [.. costs.Items.Where(l => l.Cost.Low != 0 || l.Cost.High != 0).Select(l => ReformTables.Row(
                l.Year.ToString(CultureInfo.InvariantCulture), l.Scenario, CostOrganisations.Name(l.Organisation), l.Item,
                Euros(l.Cost.Central), Euros(l.Cost.Low), Euros(l.Cost.High), Euros(l.Cost.P10), Euros(l.Cost.P50), Euros(l.Cost.P90)))]);
    }

    /// <summary>The unit costs with their dated values, ranges and sources.</summary>
    public static ReportTable UnitCosts(CostData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new("costs-unit-costs", "Unit costs: dated values, ranges and sources ('Overgang assumption' marks values the sources do not give)",
            ["unit cost", "unit", "from", "value", "low", "high", "source", "rationale"],
            [.. data.UnitCosts.SelectMany(u => u.Values.Select(v => ReformTables.Row(
                u.Id, u.Unit, v.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Number(v.Value), v.Low is { } low ? Number(low) : "", v.High is { } high ? Number(high) : "",
                data.Sources[v.SourceId].Cite, v.Rationale ?? "")))]);
    }

    /// <summary>The cost items: what each counts, which unit costs it multiplies, and why its organisation bears it.</summary>
    public static ReportTable Items(CostData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new("costs-basis", "Cost items: quantity, unit costs, and which organisation bears the cost on what basis",
            ["item", "organisation", "quantity", "unit costs", "basis", "source"],
            [.. data.Items.Select(i => ReformTables.Row(i.Id, CostOrganisations.Name(i.Organisation), i.Quantity, string.Join(" x ", i.Factors), i.Basis, data.Sources[i.SourceId].Cite))]);
    }

    private static string Euros(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
