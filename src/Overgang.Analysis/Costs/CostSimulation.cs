using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Overgang.Analysis.Reforms;
using Overgang.Rules.Parameters;
using Overgang.Rules.Transition;

namespace Overgang.Analysis.Costs;

/// <summary>
/// Runs the scenarios of a cost report through the same microsimulation: the baseline, a reform (when given), and the
/// counterfactual without a transition document, in which the baseline's rules put every person on the asylum path
/// (the linked asylum application is activated when protection ends, 003:18, 003:25); then prices them with
/// <see cref="CostModel"/>.
/// </summary>
public static class CostSimulation
{
    /// <summary>A reform against the baseline with the costs of the baseline, the reform and the counterfactual (<see cref="ReformReport.Costs"/>).</summary>
    public static bool TryRun(PopulationIndex index, ParameterTree baseline, Reform reform, LocalDate date, IReadOnlyList<YearMonth> months, string population, CostData data, int draws, int seed, [NotNullWhen(true)] out ReformReport? report, [NotNullWhen(false)] out MissingParameter? missing, IProgress<ReformPhase>? progress = null)
    {
        report = null;
        if (!ReformSimulation.TrySimulate(index, baseline, reform, date, months, progress, out var before, out var after, out missing)
            || !Microsimulation.TryRun(index, baseline, date, months, before, TransitionPath.AsylumProcedure, out var counterfactual, out missing))
        {
            return false;
        }

        progress?.Report(ReformPhase.Comparison);
        var costs = CostModel.Run(data, [(CostScenarios.Baseline, before.Result), (CostScenarios.Reform, after.Result), (CostScenarios.Counterfactual, counterfactual.Result)], draws, seed);
        report = ReformSimulation.Compare(index, reform, before.Result, after.Result, population) with { Costs = costs };
        return true;
    }

    /// <summary>The costs of the baseline and the counterfactual, without a reform.</summary>
    public static bool TryRun(PopulationIndex index, ParameterTree baseline, LocalDate date, IReadOnlyList<YearMonth> months, CostData data, int draws, int seed, [NotNullWhen(true)] out CostReport? costs, [NotNullWhen(false)] out MissingParameter? missing)
    {
        costs = null;
        if (!Microsimulation.TryRun(index, baseline, date, months, null, out var before, out missing)
            || !Microsimulation.TryRun(index, baseline, date, months, before, TransitionPath.AsylumProcedure, out var counterfactual, out missing))
        {
            return false;
        }

        costs = CostModel.Run(data, [(CostScenarios.Baseline, before.Result), (CostScenarios.Counterfactual, counterfactual.Result)], draws, seed);
        return true;
    }
}
