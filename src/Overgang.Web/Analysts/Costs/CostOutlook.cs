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
/// <see cref="CostModel.DefaultSeed"/>.
/// </summary>
/// <remarks>
/// One instance for the application: a run over the demo registry takes tens of seconds, so its result is kept until
/// the registry's revision or the day changes (<see cref="KeptPerRevision"/>), and one computation runs at a time (a
/// second request waits for the first instead of starting another).
/// </remarks>
internal sealed class CostOutlook(RegistryDatabase database, ParameterTree parameters, IClock clock, KeptPerRevision kept)
{
    /// <summary>Runs the baseline and the counterfactual, or gives the kept result for the same registry and day; refuses (as a value) when a parameter they need is unknown.</summary>
    public bool TryRun([NotNullWhen(true)] out CostRun? run, [NotNullWhen(false)] out MissingParameter? missing)
    {
        (CostRun? Run, MissingParameter? Missing) outcome;
        using (var context = database.Open())
        {
            outcome = kept.Get(context, clock, "costs", Outcome, keep: null);
        }

        if (outcome.Run is { } found)
        {
            (run, missing) = (found, null);
            return true;
        }

        (run, missing) = (null, outcome.Missing!);
        return false;
    }

    private (CostRun? Run, MissingParameter? Missing) Outcome() =>
        Compute(CaseClock.Today(clock), out var run, out var missing) ? (run, null) : (null, missing);

    private bool Compute(LocalDate today, [NotNullWhen(true)] out CostRun? run, [NotNullWhen(false)] out MissingParameter? missing)
    {
        run = null;
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
