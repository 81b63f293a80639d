using System.Collections.Concurrent;
using System.Collections.Immutable;
using Overgang.Analysis.Monitor;
using Overgang.Analysis.Projections;
using Overgang.Analysis.Reports;

namespace Overgang.Web.Analysts;

/// <summary>A projected scenario with the back-test, computed once (the same for every caller).</summary>
/// <param name="Result">The projection: series with their 10-90 bands.</param>
/// <param name="BackTest">The back-test of the baseline scenario against the later official figures.</param>
internal sealed record ScenarioOutlook(ProjectionResult Result, ImmutableArray<BackTestRow> BackTest);

/// <summary>
/// The analyst area's data: projections per scenario (<see cref="Projection"/> with the default draws and seed, so the
/// result is deterministic) and the monitor. A scenario is computed on first use and kept in memory; the pages, the API
/// and the downloads share it. Registered as a singleton.
/// </summary>
internal sealed class AnalystOutlook
{
    private readonly ConcurrentDictionary<string, Lazy<ScenarioOutlook>> _scenarios = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<string>> _svg = new(StringComparer.Ordinal);
    private readonly Lazy<ImmutableArray<BackTestRow>> _backTest = new(() => global::Overgang.Analysis.Projections.BackTest.Run(ProjectionData.Default));
    private readonly ConcurrentDictionary<string, Lazy<ReportDocument>> _reports = new(StringComparer.Ordinal);

    /// <summary>The assumptions and scenarios.</summary>
    public static ProjectionData Data => ProjectionData.Default;

    /// <summary>The factor scorecards.</summary>
    public static Scorecards Scorecards => Scorecards.Default;

    /// <summary>Finds and (once) projects a scenario; <c>false</c> when no scenario has the id.</summary>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ScenarioOutlook? outlook)
    {
        if (!Projection.TryFind(Data, id, out var scenario))
        {
            outlook = null;
            return false;
        }

        outlook = _scenarios.GetOrAdd(scenario.Id, _ => new Lazy<ScenarioOutlook>(() => new ScenarioOutlook(Projection.Run(Data, scenario), _backTest.Value))).Value;
        return true;
    }

    /// <summary>A chart's SVG, drawn once per key (scenario, chart and language).</summary>
    public string Svg(string key, Func<string> draw) => _svg.GetOrAdd(key, _ => new Lazy<string>(draw)).Value;

    /// <summary>The report of a scenario (self-contained HTML, the document <c>overgang report --scenario</c> writes).</summary>
    public ReportDocument Report(ScenarioOutlook outlook) =>
        _reports.GetOrAdd(outlook.Result.Scenario.Id, _ => new Lazy<ReportDocument>(() => AnalysisReports.ForScenario(outlook.Result, outlook.BackTest))).Value;

    /// <summary>The monitor report (<c>overgang report --monitor</c>).</summary>
    public ReportDocument MonitorReport() => _reports.GetOrAdd("", _ => new Lazy<ReportDocument>(() => AnalysisReports.ForMonitor(Scorecards))).Value;
}
