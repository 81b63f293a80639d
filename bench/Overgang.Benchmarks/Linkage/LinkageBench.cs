using System.Diagnostics;
using System.Globalization;
using Overgang.Linkage.Comparison;
using Overgang.Linkage.Encoding;
using Overgang.Linkage.Records;
using Overgang.Linkage.Scoring;
using Overgang.Linkage.Synthetic;
using Overgang.Registry.Population;

namespace Overgang.Benchmarks.Linkage;

/// <summary>
/// The synthetic record-linkage benchmark (bench/linkage.sh): a generated registry of N persons, another member
/// state's file of N registrations of which a known share are the registry's persons written differently (the rest
/// from a population of another seed), linked in the clear and on keyed Bloom-filter encodings; prints precision,
/// recall, F1 and throughput. Usage: <c>linkage [persons] [duplicate share] [seed]</c>.
/// </summary>
public static class LinkageBench
{
    public static void Run(string[] args)
    {
        var persons = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 135_000;
        var share = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 0.10;
        var seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : PopulationGenerator.DefaultSeed;
        var clock = Stopwatch.StartNew();
        // The persons: the age, sex and nationality mix of a sample of the population generator's persons (at most
        // 20,000: the generator makes households, incomes and placements too, which linkage does not need and which made
        // 270,000 persons take minutes), names drawn from the linkage's name lists (Overgang.Linkage/Synthetic/Data).
        // The registry is one population, the other member state's residents a second one of another seed.
        var sample = PopulationGenerator.Generate(Math.Min(persons, 20_000), seed).Persons.Select(p => new Demography(p.BirthDate, p.Sex, p.Nationality)).ToList();
        var sampled = clock.Elapsed;
        var names = SyntheticNames.Default;
        var registry = SyntheticPopulation.Generate(persons, seed, sample, names, "P");
        var others = SyntheticPopulation.Generate(persons, seed + 1, sample, names, "Q");
        var foreign = ForeignFile.Make(registry, others, persons, share, CorruptionRates.Default, seed);
        var left = registry.Select(s => new LinkRecord(s.Id, s.FamilyName, s.GivenName, LinkDate.From(s.BirthDate), s.Sex, s.Nationality, null)).ToList();
        Console.WriteLine(FormattableString.Invariant($"persons {left.Count:N0} x registrations {foreign.Records.Length:N0}, {foreign.Truth.Count:N0} true duplicates ({share:P0}), seed {seed}; names: {names.FamilyNames:N0} family names, {names.GivenNames.Men} + {names.GivenNames.Women} given names"));
        Console.WriteLine(FormattableString.Invariant($"generated in {clock.Elapsed.TotalSeconds:F1} s (demography sample {sampled.TotalSeconds:F1} s); distinct family names in the registry {left.Select(r => r.FamilyName).Distinct(StringComparer.Ordinal).Count():N0}"));
        var leftIds = left.Select(r => r.Id).ToList();
        var rightIds = foreign.Records.Select(r => r.Id).ToList();
        var parameters = LinkageParameters.Default;

        clock.Restart();
        // One pool of texts for both files: the prepared records share their normal forms and keys.
        var pool = new NamePool();
        var clearLeft = left.AsParallel().AsOrdered().Select(r => PreparedRecord.From(r, pool)).ToList();
        var clearRight = foreign.Records.AsParallel().AsOrdered().Select(r => PreparedRecord.From(r, pool)).ToList();
        var normalise = clock.Elapsed;
        var clear = Linker.Link(clearLeft, clearRight, new ClearComparer(parameters), parameters, self: false, seed);
        Report("clear", clear, normalise, leftIds, rightIds, foreign);
        if (Environment.GetEnvironmentVariable("OVERGANG_LINKAGE_SHOW") is not null)
        {
            foreach (var pair in clear.Pairs.Where(p => !(foreign.Truth.TryGetValue(rightIds[p.Right], out var l) && l == leftIds[p.Left])).Take(15))
            {
                Console.WriteLine($"FP {left[pair.Left]} | {foreign.Records[pair.Right]} | {pair.Weight:F1} " + string.Join(", ", clear.Evidence(pair).Select(e => e.Label)));
            }
        }


        Console.WriteLine(FormattableString.Invariant($"load average {File.ReadAllText("/proc/loadavg").Trim()}"));
        if (Environment.GetEnvironmentVariable("OVERGANG_LINKAGE_CLEAR_ONLY") is not null)
        {
            return;
        }

        clock.Restart();
        var encoder = new BloomEncoder(LinkageKey.FromBytes(System.Text.Encoding.UTF8.GetBytes("benchmark key, not a secret: 32b")), EncodingScheme.V1);
        var encodedLeft = left.AsParallel().AsOrdered().Select(encoder.Encode).ToList();
        var encodedRight = foreign.Records.AsParallel().AsOrdered().Select(encoder.Encode).ToList();
        var encode = clock.Elapsed;
        var encoded = Linker.Link(encodedLeft, encodedRight, new EncodedComparer(EncodingScheme.V1), parameters, self: false, seed);
        Report("encoded", encoded, encode, leftIds, rightIds, foreign);
        Console.WriteLine(FormattableString.Invariant($"peak working set {Environment.WorkingSet / 1e9:F2} GB now, GC heap {GC.GetTotalMemory(false) / 1e9:F2} GB; load average {File.ReadAllText("/proc/loadavg").Trim()}"));
    }

    private static void Report(string mode, LinkResult result, TimeSpan preparation, List<string> leftIds, List<string> rightIds, ForeignFile foreign)
    {
        var candidates = LinkageQuality.Measure(result, leftIds, rightIds, foreign.Truth, LinkBand.Match, LinkBand.Review);
        var matches = LinkageQuality.Measure(result, leftIds, rightIds, foreign.Truth, LinkBand.Match);
        var total = preparation + result.Elapsed;
        var records = result.LeftRecords + result.RightRecords;
        Console.WriteLine(FormattableString.Invariant($"== {mode}: {(mode == "clear" ? "normalise" : "encode")} {preparation.TotalSeconds:F1} s, block {result.Preparation.TotalSeconds:F1} s, estimate {result.Estimation.TotalSeconds:F1} s (EM {result.Model.Iterations} iterations, converged {result.Model.Converged}, λ {result.Model.Lambda:G3}), score {result.Scoring.TotalSeconds:F1} s"));
        Console.WriteLine(FormattableString.Invariant($"   pairs compared {result.Comparisons:N0} ({(double)result.Comparisons / result.LeftRecords:F1} per record; {result.SkippedBlocks:N0} blocks over {result.Parameters.MaxBlockSize:N0} skipped), random pairs {result.RandomPairs:N0}, EM pairs {result.EmPairs:N0}"));
        Console.WriteLine(FormattableString.Invariant($"   match {result.Count(LinkBand.Match):N0}, review {result.Count(LinkBand.Review):N0}"));
        Console.WriteLine(FormattableString.Invariant($"   match+review: precision {candidates.Precision:P2} recall {candidates.Recall:P2} F1 {candidates.F1:F4} (TP {candidates.TruePositives:N0} FP {candidates.FalsePositives:N0} FN {candidates.FalseNegatives:N0})"));
        Console.WriteLine(FormattableString.Invariant($"   match only:   precision {matches.Precision:P2} recall {matches.Recall:P2} F1 {matches.F1:F4}"));
        Console.WriteLine(FormattableString.Invariant($"   throughput {records / total.TotalSeconds:N0} records/s, {result.Comparisons / result.Scoring.TotalSeconds:N0} pairs/s scored ({total.TotalSeconds:F1} s in all)"));
        foreach (var field in Enum.GetValues<LinkField>())
        {
            var m = result.Model.M[(int)field];
            var u = result.Model.U[(int)field];
            Console.WriteLine("   " + field + ": " + string.Join("  ", Enumerable.Range(0, m.Length).Select(l => FormattableString.Invariant($"{FieldLevels.Label(field, l, result.Encoded)} m {m[l]:F3} u {u[l]:G2} w {result.Model.Weight(field, l):F1}"))));
        }
    }
}
