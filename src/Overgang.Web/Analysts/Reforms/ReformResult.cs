using System.Collections.Immutable;
using Overgang.Analysis.Reforms;
using Overgang.Analysis.Reports;

namespace Overgang.Web.Analysts.Reforms;

/// <summary>
/// A finished reform run: the comparison, the tables exactly as <c>overgang simulate</c> prints them
/// (<see cref="ReformTables.All"/>), the costs of current policy, the reform and the counterfactual per organisation and
/// year (as on the costs page), and the report of <c>overgang report --reform</c>, made when first downloaded.
/// </summary>
internal sealed class ReformResult(ReformReport report, Overgang.Web.Analysts.Costs.CostRun? costs = null)
{
    private readonly Lazy<ReportDocument> _document = new(() => AnalysisReports.ForReform(report), LazyThreadSafetyMode.ExecutionAndPublication);

    public ReformReport Report => report;

    /// <summary>The costs of the three scenarios, or <c>null</c> for a run without them.</summary>
    public Overgang.Web.Analysts.Costs.CostRun? Costs => costs;

    public ImmutableArray<ReportTable> Tables { get; } = ReformTables.All(report);

    /// <summary>The self-contained HTML report with its charts and every table (the summary first), as the command writes it.</summary>
    public ReportDocument Document => _document.Value;
}
