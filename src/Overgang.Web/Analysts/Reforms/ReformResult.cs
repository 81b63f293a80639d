using System.Collections.Immutable;
using Overgang.Analysis.Reforms;
using Overgang.Analysis.Reports;

namespace Overgang.Web.Analysts.Reforms;

/// <summary>
/// A finished reform run: the comparison, the tables exactly as <c>overgang simulate</c> prints them
/// (<see cref="ReformTables.All"/>), and the report of <c>overgang report --reform</c>, made when first downloaded.
/// </summary>
internal sealed class ReformResult(ReformReport report)
{
    private readonly Lazy<ReportDocument> _document = new(() => AnalysisReports.ForReform(report), LazyThreadSafetyMode.ExecutionAndPublication);

    public ReformReport Report => report;

    public ImmutableArray<ReportTable> Tables { get; } = ReformTables.All(report);

    /// <summary>The self-contained HTML report with its charts and every table (the summary first), as the command writes it.</summary>
    public ReportDocument Document => _document.Value;
}
