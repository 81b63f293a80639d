using System.Collections.Immutable;
using Overgang.Linkage.Comparison;

namespace Overgang.Linkage.Scoring;

/// <summary>
/// Estimates a <see cref="FellegiSunterModel"/>: u from the levels of random pairs (almost all non-matches), then m and
/// λ by expectation-maximisation on the comparison vectors of blocked pairs with u held fixed (as Splink does).
/// </summary>
public static class ExpectationMaximisation
{
    /// <summary>u per field and level from the level counts of random pairs, with half a count added to every level.</summary>
    public static ImmutableArray<ImmutableArray<double>> Unmatched(long[][] counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return [.. counts.Select(levels =>
        {
            var total = levels.Sum() + (0.5 * levels.Length);
            return levels.Select(c => (c + 0.5) / total).ToImmutableArray();
        })];
    }

    /// <summary>
    /// Runs EM over distinct comparison vectors (<paramref name="patterns"/>: vector and how many pairs had it), with u
    /// fixed, from <paramref name="start"/> (or m of 0.9 on full agreement); no m falls below the parameters' floor. With
    /// <paramref name="fixedLambda"/>, λ is held at that value and only m is estimated.
    /// </summary>
    public static FellegiSunterModel Estimate(IReadOnlyList<(sbyte[] Levels, long Pairs)> patterns, ImmutableArray<ImmutableArray<double>> u, ImmutableArray<ImmutableArray<double>>? start, LinkageParameters parameters, double? fixedLambda)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentNullException.ThrowIfNull(parameters);
        var (tolerance, maxIterations, floor) = (parameters.EmTolerance, parameters.EmMaxIterations, parameters.ProbabilityFloor);
        var m = new double[FieldLevels.Count][];
        for (var f = 0; f < FieldLevels.Count; f++)
        {
            var levels = FieldLevels.LevelsOf((LinkField)f);
            m[f] = new double[levels];
            for (var l = 0; l < levels; l++)
            {
                m[f][l] = start is { } given ? given[f][l] : l == levels - 1 ? 0.9 : 0.1 / (levels - 1);
            }
        }

        var lambda = fixedLambda ?? 0.1;
        var iterations = 0;
        var converged = false;
        var total = patterns.Sum(p => (double)p.Pairs);
        if (total == 0)
        {
            return new FellegiSunterModel(Freeze(m), u, 1e-6, 0, false);
        }

        while (iterations < maxIterations && !converged)
        {
            iterations++;
            var matchedLevels = new double[FieldLevels.Count][];
            var matchedPresent = new double[FieldLevels.Count];
            for (var f = 0; f < FieldLevels.Count; f++)
            {
                matchedLevels[f] = new double[m[f].Length];
            }

            var matched = 0.0;
            foreach (var (levels, pairs) in patterns)
            {
                double pm = lambda, pu = 1 - lambda;
                for (var f = 0; f < FieldLevels.Count; f++)
                {
                    if (levels[f] >= 0)
                    {
                        pm *= m[f][levels[f]];
                        pu *= u[f][levels[f]];
                    }
                }

                var g = pm / (pm + pu) * pairs;
                matched += g;
                for (var f = 0; f < FieldLevels.Count; f++)
                {
                    if (levels[f] >= 0)
                    {
                        matchedLevels[f][levels[f]] += g;
                        matchedPresent[f] += g;
                    }
                }
            }

            var change = 0.0;
            var nextLambda = fixedLambda ?? Math.Clamp(matched / total, 1e-9, 1 - 1e-9);
            change = Math.Max(change, Math.Abs(nextLambda - lambda));
            lambda = nextLambda;
            for (var f = 0; f < FieldLevels.Count; f++)
            {
                if (matchedPresent[f] <= 0)
                {
                    continue;
                }

                for (var l = 0; l < m[f].Length; l++)
                {
                    var next = Math.Max(floor, matchedLevels[f][l] / matchedPresent[f]);
                    change = Math.Max(change, Math.Abs(next - m[f][l]));
                    m[f][l] = next;
                }
            }

            converged = change < tolerance;
        }

        return new FellegiSunterModel(Freeze(m), u, lambda, iterations, converged);
    }

    /// <summary>Runs EM for λ alone, with m and u held fixed.</summary>
    public static FellegiSunterModel EstimateLambda(IReadOnlyList<(sbyte[] Levels, long Pairs)> patterns, ImmutableArray<ImmutableArray<double>> m, ImmutableArray<ImmutableArray<double>> u, double tolerance, int maxIterations)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        var total = patterns.Sum(p => (double)p.Pairs);
        var lambda = 0.1;
        var iterations = 0;
        var converged = total == 0;
        while (!converged && iterations < maxIterations)
        {
            iterations++;
            var matched = 0.0;
            foreach (var (levels, pairs) in patterns)
            {
                double pm = lambda, pu = 1 - lambda;
                for (var f = 0; f < FieldLevels.Count; f++)
                {
                    if (levels[f] >= 0)
                    {
                        pm *= m[f][levels[f]];
                        pu *= u[f][levels[f]];
                    }
                }

                matched += pm / (pm + pu) * pairs;
            }

            var next = Math.Clamp(matched / total, 1e-9, 1 - 1e-9);
            converged = Math.Abs(next - lambda) < tolerance;
            lambda = next;
        }

        return new FellegiSunterModel(m, u, total == 0 ? 1e-6 : lambda, iterations, converged);
    }

    private static ImmutableArray<ImmutableArray<double>> Freeze(double[][] values) => [.. values.Select(v => v.ToImmutableArray())];
}
