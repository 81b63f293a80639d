using System.Collections.Immutable;
using System.Diagnostics;
using Overgang.Linkage.Comparison;

namespace Overgang.Linkage.Scoring;

/// <summary>
/// Links two files of records (or one file with itself): blocks on the records' blocking keys, estimates a
/// <see cref="FellegiSunterModel"/> (u from random pairs, m by EM on blocked pairs), then scores every blocked pair and
/// keeps those at or above the review threshold.
/// </summary>
public static class Linker
{
    /// <summary>Links <paramref name="left"/> with <paramref name="right"/>; with <paramref name="self"/> the two are one file and only pairs of different records are compared.</summary>
    /// <typeparam name="TRecord">The prepared record type.</typeparam>
    /// <param name="left">The first file (the registry).</param>
    /// <param name="right">The second file (another member state's registrations, or the registry again).</param>
    /// <param name="comparer">Compares two records.</param>
    /// <param name="parameters">Thresholds and sample sizes.</param>
    /// <param name="self">True when <paramref name="right"/> is <paramref name="left"/>: pairs (i, j) with i &lt; j only.</param>
    /// <param name="seed">Seed of the random pairs and the EM sample.</param>
    public static LinkResult Link<TRecord>(IReadOnlyList<TRecord> left, IReadOnlyList<TRecord> right, IRecordComparer<TRecord> comparer, LinkageParameters parameters, bool self, int seed)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        ArgumentNullException.ThrowIfNull(comparer);
        ArgumentNullException.ThrowIfNull(parameters);
        var clock = Stopwatch.StartNew();
        // Blocking keys as one flat array of Stride keys per record (no array per record), the right side as a sorted block
        // index of three flat arrays (no list per block): at 2.15 million records a side, the lists and their copy were
        // most of the peak memory.
        var leftKeys = Keys(left, comparer);
        var index = BlockIndex.Build(self ? leftKeys : Keys(right, comparer), parameters.MaxBlockSize);
        var skipped = index.Skipped;
        var prepare = clock.Elapsed;

        // u: the levels of random pairs.
        var random = new Random(seed);
        var counts = new long[FieldLevels.Count][];
        for (var f = 0; f < FieldLevels.Count; f++)
        {
            counts[f] = new long[FieldLevels.LevelsOf((LinkField)f)];
        }

        Span<sbyte> levels = stackalloc sbyte[FieldLevels.Count];
        var randomPairs = 0;
        for (var n = 0; n < parameters.RandomPairs && left.Count > 0 && right.Count > (self ? 1 : 0); n++)
        {
            var i = random.Next(left.Count);
            var j = random.Next(right.Count);
            if (self && i == j)
            {
                continue;
            }

            comparer.Compare(left[i], right[j], levels);
            randomPairs++;
            for (var f = 0; f < FieldLevels.Count; f++)
            {
                if (levels[f] >= 0)
                {
                    counts[f][levels[f]]++;
                }
            }
        }

        var u = ExpectationMaximisation.Unmatched(counts);

        // m: EM per training rule on the fields it does not block on; λ: EM on the linkage's blocked pairs with m and u fixed.
        var sample = Enumerable.Range(0, left.Count).OrderBy(_ => random.Next()).Take(parameters.EmSampleRecords).Order().ToArray();
        var stamp = NewStamp(right.Count);
        var candidates = new List<int>();
        Dictionary<int, long> Patterns(int firstSlot, int lastSlot, LinkField[] ignored)
        {
            var patterns = new Dictionary<int, long>();
            Span<sbyte> vector = stackalloc sbyte[FieldLevels.Count];
            Array.Fill(stamp, -1);
            foreach (var i in sample)
            {
                Candidates(i, leftKeys.AsSpan(i * Stride, Stride), firstSlot, lastSlot, index, stamp, self, candidates);
                foreach (var j in candidates)
                {
                    comparer.Compare(left[i], right[j], vector);
                    foreach (var field in ignored)
                    {
                        vector[(int)field] = FieldLevels.Missing;
                    }

                    var pattern = Pattern(vector);
                    patterns[pattern] = patterns.GetValueOrDefault(pattern) + 1;
                }
            }

            return patterns;
        }

        static List<(sbyte[], long)> Vectors(Dictionary<int, long> patterns) => [.. patterns.Select(p => (Unpattern(p.Key), p.Value))];
        var byFamilyDate = Patterns(BlockingSlots.FamilyDate, BlockingSlots.FamilyDate, [LinkField.FamilyName, LinkField.BirthDate]);
        var byGivenDate = Patterns(BlockingSlots.GivenDate, BlockingSlots.GivenDate, [LinkField.GivenName, LinkField.BirthDate, LinkField.Sex]);
        var byName = Patterns(BlockingSlots.TrainingByName, BlockingSlots.TrainingByName, [LinkField.FamilyName, LinkField.GivenName, LinkField.Sex]);
        var model = Train(Vectors(byFamilyDate), Vectors(byGivenDate), Vectors(byName), u, parameters, self ? sample.Length * (right.Count - 1) / 2.0 : (double)sample.Length * right.Count);
        var emPairs = byFamilyDate.Values.Sum() + byGivenDate.Values.Sum() + byName.Values.Sum();
        var estimate = clock.Elapsed - prepare;

        // Every blocked pair, scored.
        var weights = new double[FieldLevels.Count][];
        for (var f = 0; f < FieldLevels.Count; f++)
        {
            weights[f] = [.. Enumerable.Range(0, FieldLevels.LevelsOf((LinkField)f)).Select(l => model.Weight((LinkField)f, l))];
        }

        // Term frequencies of the names (Splink's term-frequency adjustment): full agreement on a name weighs
        // log2(m / tf) instead of log2(m / u), tf being the share of records bearing that name, so agreement on a rare
        // name weighs more than agreement on a common one.
        var leftFamilyTf = TermFrequencies(left, right, comparer, LinkField.FamilyName, self);
        var leftGivenTf = TermFrequencies(left, right, comparer, LinkField.GivenName, self);
        var familyTop = FieldLevels.LevelsOf(LinkField.FamilyName) - 1;
        var givenTop = FieldLevels.LevelsOf(LinkField.GivenName) - 1;
        var familyM = model.M[(int)LinkField.FamilyName][familyTop];
        var givenM = model.M[(int)LinkField.GivenName][givenTop];
        var threshold = Math.Log2(parameters.ReviewProbability / (1 - parameters.ReviewProbability));
        var found = new List<LinkPair>[Math.Max(1, Environment.ProcessorCount)];
        var compared = new long[found.Length];
        var chunk = (left.Count + found.Length - 1) / found.Length;
        Parallel.For(0, found.Length, part =>
        {
            var own = new List<LinkPair>();
            var ownStamp = NewStamp(right.Count);
            var ownCandidates = new List<int>();
            Span<sbyte> vector = stackalloc sbyte[FieldLevels.Count];
            long comparisons = 0;
            for (var i = part * chunk; i < Math.Min(left.Count, (part + 1) * chunk); i++)
            {
                Candidates(i, leftKeys.AsSpan(i * Stride, Stride), BlockingSlots.FirstLinkage, BlockingSlots.LastLinkage, index, ownStamp, self, ownCandidates);
                foreach (var j in ownCandidates)
                {
                    comparer.Compare(left[i], right[j], vector);
                    comparisons++;
                    var weight = model.Prior;
                    for (var f = 0; f < FieldLevels.Count; f++)
                    {
                        weight += vector[f] < 0 ? 0 : weights[f][vector[f]];
                    }

                    // Full agreement means one term on both sides: its frequency is the left record's.
                    var familyAdjust = vector[(int)LinkField.FamilyName] == familyTop ? Math.Log2(familyM / leftFamilyTf[i]) - weights[(int)LinkField.FamilyName][familyTop] : 0;
                    var givenAdjust = vector[(int)LinkField.GivenName] == givenTop ? Math.Log2(givenM / leftGivenTf[i]) - weights[(int)LinkField.GivenName][givenTop] : 0;
                    weight += familyAdjust + givenAdjust;
                    if (weight >= threshold)
                    {
                        own.Add(new LinkPair(i, j, weight, Pattern(vector), (float)familyAdjust, (float)givenAdjust));
                    }
                }
            }

            found[part] = own;
            compared[part] = comparisons;
        });

        var pairs = found.SelectMany(p => p).OrderByDescending(p => p.Weight).ThenBy(p => p.Left).ThenBy(p => p.Right).ToImmutableArray();
        return new LinkResult(pairs, model, parameters, comparer.Encoded, left.Count, right.Count, compared.Sum(), randomPairs, emPairs, skipped,
            prepare, estimate, clock.Elapsed - prepare - estimate);
    }

    /// <summary>
    /// Trains m per blocking rule, as Splink does, each rule training the fields it does not block on: pairs sharing the
    /// family key and birth date train the given name, sex, nationality and document number; pairs sharing the given
    /// key and birth date train the family name; pairs sharing family and given keys train the birth date, with λ of
    /// those pairs held at the matches expected among them (few are matches: the names of a population repeat). λ of
    /// the model is the share of matches among all pairs, the population u was measured on.
    /// </summary>
    private static FellegiSunterModel Train(List<(sbyte[], long)> byFamilyDate, List<(sbyte[], long)> byGivenDate, List<(sbyte[], long)> byName, ImmutableArray<ImmutableArray<double>> u, LinkageParameters parameters, double allPairs)
    {
        var given = ExpectationMaximisation.Estimate(byFamilyDate, u, null, parameters, null);
        var family = ExpectationMaximisation.Estimate(byGivenDate, u, null, parameters, null);
        var familyKeyAgrees = family.M[(int)LinkField.FamilyName][2] + family.M[(int)LinkField.FamilyName][3];
        var givenKeyAgrees = given.M[(int)LinkField.GivenName][2] + given.M[(int)LinkField.GivenName][3];
        var familyDateMatches = given.Lambda * byFamilyDate.Sum(p => (double)p.Item2);
        var nameBlocked = byName.Sum(p => (double)p.Item2);
        var dateAgrees = 0.9;
        var matches = 0.0;
        FellegiSunterModel? dates = null;
        for (var round = 0; round < 50; round++)
        {
            matches = familyDateMatches / Math.Max(1e-9, familyKeyAgrees * dateAgrees);
            var lambda = nameBlocked == 0 ? 1e-6 : Math.Clamp(matches * familyKeyAgrees * givenKeyAgrees / nameBlocked, 1e-9, 0.999);
            dates = ExpectationMaximisation.Estimate(byName, u, dates?.M, parameters, lambda);
            var next = dates.M[(int)LinkField.BirthDate][4] + dates.M[(int)LinkField.BirthDate][3];
            var done = Math.Abs(next - dateAgrees) < parameters.EmTolerance;
            dateAgrees = next;
            if (done)
            {
                break;
            }
        }

        var m = given.M
            .SetItem((int)LinkField.FamilyName, family.M[(int)LinkField.FamilyName])
            .SetItem((int)LinkField.BirthDate, dates!.M[(int)LinkField.BirthDate]);
        return new FellegiSunterModel(m, u, Math.Clamp(matches / Math.Max(1, allPairs), 1e-12, 0.5), given.Iterations + family.Iterations + dates.Iterations,
            given.Converged && family.Converged && dates.Converged);
    }

    /// <summary>The pattern number of a comparison vector (each level plus one, in base 6).</summary>
    internal static int Pattern(ReadOnlySpan<sbyte> levels)
    {
        var pattern = 0;
        for (var f = FieldLevels.Count - 1; f >= 0; f--)
        {
            pattern = (pattern * 6) + levels[f] + 1;
        }

        return pattern;
    }

    /// <summary>The comparison vector of a pattern number.</summary>
    internal static sbyte[] Unpattern(int pattern)
    {
        var levels = new sbyte[FieldLevels.Count];
        for (var f = 0; f < FieldLevels.Count; f++)
        {
            levels[f] = (sbyte)((pattern % 6) - 1);
            pattern /= 6;
        }

        return levels;
    }

    /// <summary>Keys per record in the flat array of <see cref="Keys"/>: the slots up to <see cref="BlockingSlots.LastLinkage"/>.</summary>
    private const int Stride = BlockingSlots.LastLinkage + 1;

    /// <summary>The blocking keys of every record, <see cref="Stride"/> per record (0 where a record lacks the key).</summary>
    private static ulong[] Keys<TRecord>(IReadOnlyList<TRecord> records, IRecordComparer<TRecord> comparer)
    {
        var keys = new ulong[(long)records.Count * Stride];
        Parallel.For(0, records.Count, i =>
        {
            var own = comparer.BlockingKeys(records[i]);
            for (var slot = 0; slot < Math.Min(Stride, own.Count); slot++)
            {
                keys[(i * Stride) + slot] = own[slot];
            }
        });
        return keys;
    }

    /// <summary>
    /// The term frequency of each left record's name in <paramref name="field"/>: the share of records (of both files,
    /// or of the one file when <paramref name="self"/>) whose name has the same term; 1 when the record lacks the name.
    /// </summary>
    private static float[] TermFrequencies<TRecord>(IReadOnlyList<TRecord> left, IReadOnlyList<TRecord> right, IRecordComparer<TRecord> comparer, LinkField field, bool self)
    {
        var leftTerms = new ulong[left.Count];
        Parallel.For(0, left.Count, i => leftTerms[i] = comparer.NameTerm(left[i], field));
        var rightTerms = self ? leftTerms : new ulong[right.Count];
        if (!self)
        {
            Parallel.For(0, right.Count, j => rightTerms[j] = comparer.NameTerm(right[j], field));
        }

        var counts = new Dictionary<ulong, int>();
        long present = 0;
        foreach (var term in self ? leftTerms : leftTerms.Concat(rightTerms))
        {
            if (term != 0)
            {
                present++;
                counts[term] = counts.GetValueOrDefault(term) + 1;
            }
        }

        var frequencies = new float[leftTerms.Length];
        for (var i = 0; i < leftTerms.Length; i++)
        {
            frequencies[i] = leftTerms[i] == 0 || present == 0 ? 1f : (float)counts[leftTerms[i]] / present;
        }

        return frequencies;
    }

    private static int[] NewStamp(int count)
    {
        var stamp = new int[count];
        Array.Fill(stamp, -1);
        return stamp;
    }

    private static void Candidates(int i, ReadOnlySpan<ulong> keys, int firstSlot, int lastSlot, BlockIndex index, int[] stamp, bool self, List<int> into)
    {
        into.Clear();
        for (var slot = firstSlot; slot <= Math.Min(lastSlot, keys.Length - 1); slot++)
        {
            var key = keys[slot];
            if (key == 0 || !index.TryGet(key, out var members))
            {
                continue;
            }

            foreach (var j in members)
            {
                if ((self && j <= i) || stamp[j] == i)
                {
                    continue;
                }

                stamp[j] = i;
                into.Add(j);
            }
        }
    }

    /// <summary>
    /// The blocks of one file: the distinct keys in order, and for each the records bearing it, as three flat arrays
    /// (a block is found by binary search). A block of more than the largest size is left out.
    /// </summary>
    private sealed class BlockIndex
    {
        private readonly ulong[] _keys;
        private readonly int[] _starts;
        private readonly int[] _members;

        private BlockIndex(ulong[] keys, int[] starts, int[] members, int skipped)
        {
            _keys = keys;
            _starts = starts;
            _members = members;
            Skipped = skipped;
        }

        /// <summary>The blocks left out for their size.</summary>
        public int Skipped { get; }

        /// <summary>Builds the index of keys laid out <see cref="Stride"/> per record.</summary>
        public static BlockIndex Build(ulong[] keys, int maxBlock)
        {
            var count = 0L;
            foreach (var key in keys)
            {
                count += key == 0 ? 0 : 1;
            }

            var entryKeys = new ulong[count];
            var entryRecords = new int[count];
            var n = 0;
            for (var at = 0; at < keys.Length; at++)
            {
                if (keys[at] != 0)
                {
                    entryKeys[n] = keys[at];
                    entryRecords[n] = at / Stride;
                    n++;
                }
            }

            Array.Sort(entryKeys, entryRecords);
            var distinct = new List<ulong>();
            var starts = new List<int>();
            var kept = 0;
            var skipped = 0;
            for (var from = 0; from < n;)
            {
                var to = from + 1;
                while (to < n && entryKeys[to] == entryKeys[from])
                {
                    to++;
                }

                if (to - from > maxBlock)
                {
                    skipped++;
                }
                else
                {
                    // Records in their order within a block, as the lists of the earlier index had them.
                    Array.Sort(entryRecords, from, to - from);
                    distinct.Add(entryKeys[from]);
                    starts.Add(kept);
                    Array.Copy(entryRecords, from, entryRecords, kept, to - from);
                    kept += to - from;
                }

                from = to;
            }

            starts.Add(kept);
            return new BlockIndex([.. distinct], [.. starts], entryRecords[..kept], skipped);
        }

        /// <summary>The records of the block of <paramref name="key"/>, when there is one.</summary>
        public bool TryGet(ulong key, out ReadOnlySpan<int> members)
        {
            var block = Array.BinarySearch(_keys, key);
            if (block < 0)
            {
                members = default;
                return false;
            }

            members = _members.AsSpan(_starts[block], _starts[block + 1] - _starts[block]);
            return true;
        }
    }
}
