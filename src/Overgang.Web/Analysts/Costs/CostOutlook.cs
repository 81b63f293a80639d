using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Overgang.Analysis.Costs;
using Overgang.Analysis.Reforms;
using Overgang.Registry;
using Overgang.Registry.Population;
using Overgang.Rules.Parameters;
using Overgang.Web.Cases;

namespace Overgang.Web.Analysts.Costs;

/// <summary>
/// The costs of current policy and of the counterfactual without a transition document over the registry this
/// application serves: the same population, period and simulation as a reform run (<see cref="Reforms.ReformJobs"/>),
/// priced by <see cref="CostSimulation"/> with the shipped unit costs, <see cref="CostModel.DefaultDraws"/> draws and
/// <see cref="CostModel.DefaultSeed"/>. Computed on each request: the registry may have changed.
/// </summary>
internal sealed class CostOutlook(RegistryDatabase database, ParameterTree parameters, IClock clock)
{
    /// <summary>Runs the baseline and the counterfactual; refuses (as a value) when a parameter they need is unknown.</summary>
    public bool TryRun([NotNullWhen(true)] out CostRun? run, [NotNullWhen(false)] out MissingParameter? missing)
    {
        run = null;
        var today = CaseClock.Today(clock);
        if (!ReformPeriod.TryDefault(parameters, today, out var date, out var from, out var to, out missing))
        {
            return false;
        }

        var population = PopulationStore.Read(database, today);
        var index = PopulationIndex.Of(population);
        if (!CostSimulation.TryRun(index, parameters, date, ReformPeriod.Months(from, to), CostData.Default, CostModel.DefaultDraws, CostModel.DefaultSeed, out var costs, out missing))
        {
            return false;
        }

        run = new CostRun(costs, date, from, to, index.TransitionFacts.Length);
        return true;
    }
}

/// <summary>The costs of one run over the registry.</summary>
/// <param name="Costs">The costs of the baseline and the counterfactual.</param>
/// <param name="Date">The transition decision date.</param>
/// <param name="From">The first month.</param>
/// <param name="To">The last month.</param>
/// <param name="Persons">Persons with a protection registration.</param>
internal sealed record CostRun(CostReport Costs, LocalDate Date, YearMonth From, YearMonth To, int Persons);
