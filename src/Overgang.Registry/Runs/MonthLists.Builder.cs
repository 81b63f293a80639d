using System.Globalization;
using System.Text;
using NodaTime;
using Overgang.Registry.Files;
using Overgang.Registry.Model;
using Overgang.Rules;
using Overgang.Rules.Explanations;

namespace Overgang.Registry.Runs;

/// <content>The one writer of the month's lists, fed payment by payment: from the stored rows, or as a run's chunks commit.</content>
public static partial class MonthLists
{
    /// <summary>
    /// Builds the month's lists from payments added in key order per municipality: each municipality's lines are buffered
    /// and spilled to <c>&lt;file&gt;.partial</c>; <see cref="Finish"/> adds the totals lines, writes <c>totals.csv</c> and
    /// renames every file into place, so an interrupted run never leaves a list that looks complete. Disposing without
    /// finishing deletes the partial files.
    /// </summary>
    internal sealed class Builder(string folder, YearMonth month, Func<string, StoredTexts> texts) : IDisposable
    {
        /// <summary>The suffixes of the four lists per municipality: payments, contributions, hand-over, health insurance.</summary>
        public static readonly string[] Suffixes = ["", "-contributions", "-hand-over", "-health-insurance"];

        private const int SpillChars = 1 << 20;
        private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false);
        private readonly LocalDate _monthEnd = month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month));
        private readonly SortedDictionary<string, Lists> _municipalities = new(StringComparer.Ordinal);
        private readonly List<string> _partial = [];
        private readonly Dictionary<string, StoredTexts> _texts = new(StringComparer.Ordinal);
        private readonly Encoder _encoder = _utf8.GetEncoder();
        private readonly byte[] _bytes = new byte[1 << 16];
        private int _buffered;

        /// <summary>The table of texts with this key, read once per list.</summary>
        private StoredTexts Texts(string key)
        {
            if (!_texts.TryGetValue(key, out var table))
            {
                table = texts(key);
                _texts.Add(key, table);
            }

            return table;
        }

        /// <summary>Adds a payment after those of its municipality added before; false (nothing added) when its key does not sort after theirs.</summary>
        /// <exception cref="UnsafeFileNameException">The municipality code cannot name a file.</exception>
        public bool Add(PaymentRecord p)
        {
            if (!_municipalities.TryGetValue(p.MunicipalityCode, out var lists))
            {
                lists = new Lists([.. Suffixes.Select(suffix => MunicipalityCode.FilePath(folder, p.MunicipalityCode, suffix))]);
                _municipalities.Add(p.MunicipalityCode, lists);
                PaymentLists.Header(lists.Csv[0]);
                lists.Csv[1].Header("household", "members", "provision", "contribution");
                lists.Csv[2].Header("household", "members", "social_assistance_estimate", "contribution", "reasons");
                lists.Csv[3].Header("household", "members", "from", "insured", "premium", "status");
            }
            else if (string.CompareOrdinal(lists.LastKey, p.HouseholdId) >= 0)
            {
                return false;
            }

            var before = lists.Length;
            lists.LastKey = p.HouseholdId;
            PaymentLists.Row(lists.Csv[0], p);
            lists.Households++;
            lists.Members += p.Members;
            lists.Allowance += p.AllowanceCents;
            lists.Contribution += p.ContributionCents;
            lists.Assistance += p.SocialAssistanceCents ?? 0;
            if (p.SocialAssistanceCents is { } assistance)
            {
                lists.OnAssistance++;
                lists.OnAssistanceCents += assistance;
            }

            if (p.ContributionCents > 0)
            {
                lists.Csv[1].Text(p.HouseholdId).Number(p.Members).Text(p.Provision).Number(new Money(p.ContributionCents)).EndRow();
                lists.Contributions.Add(p.Members, p.ContributionCents);
            }

            if (p.HandOver)
            {
                lists.Csv[2].Text(p.HouseholdId).Number(p.Members).Number(new Money(p.SocialAssistanceCents ?? 0)).Number(new Money(p.ContributionCents)).Text(Reasons(p, Texts)).EndRow();
                lists.HandOver.Add(p.Members, p.SocialAssistanceCents ?? 0);
                lists.HandOverContribution += p.ContributionCents;
            }

            if (p.HealthInsuranceFrom is { } from && from <= _monthEnd)
            {
                var csv = lists.Csv[3];
                csv.Text(p.HouseholdId).Number(p.Members).Text(from.ToString("yyyy-MM-dd", null)).Number(p.HealthInsuranceInsured ?? 0);
                (p.HealthInsurancePremiumCents is { } cents ? csv.Number(new Money(cents)) : csv.Number("")).Text("to enrol").EndRow();
                lists.Insurance.Add(p.Members, p.HealthInsurancePremiumCents ?? 0);
                lists.Insured += p.HealthInsuranceInsured ?? 0;
                lists.PremiumKnown |= p.HealthInsurancePremiumCents is not null;
            }

            _buffered += lists.Length - before;
            if (_buffered > SpillChars)
            {
                Spill();
            }

            return true;
        }

        /// <summary>Adds the totals lines, writes <c>totals.csv</c> and renames every list into place; returns the totals per municipality.</summary>
        public IReadOnlyList<MonthListTotal> Finish(IReadOnlyDictionary<string, string> names)
        {
            Directory.CreateDirectory(folder);
            var totals = new List<MonthListTotal>();
            foreach (var (code, lists) in _municipalities)
            {
                var payment = new MunicipalityTotal(code, names.GetValueOrDefault(code, code), lists.Households, lists.Members, new Money(lists.Allowance), new Money(lists.Contribution));
                PaymentLists.Total(lists.Csv[0], payment, new Money(lists.Assistance));
                var contributions = lists.Contributions;
                lists.Csv[1].Text("total").Number(contributions.Members).Text($"{PaymentLists.Number(contributions.Households)} households").Number(new Money(contributions.Cents)).EndRow();
                var handOver = lists.HandOver;
                lists.Csv[2].Text("total").Number(handOver.Members).Number(new Money(handOver.Cents)).Number(new Money(lists.HandOverContribution)).Text($"{PaymentLists.Number(handOver.Households)} households").EndRow();
                var insurance = lists.Insurance;
                Money? premium = lists.PremiumKnown ? new Money(insurance.Cents) : null;
                lists.Csv[3].Text("total").Number(insurance.Members).Text("").Number(lists.Insured);
                (premium is { } sum ? lists.Csv[3].Number(sum) : lists.Csv[3].Number("")).Text($"{PaymentLists.Number(insurance.Households)} households").EndRow();
                totals.Add(new MonthListTotal(payment, contributions.Households, new Money(contributions.Cents), handOver.Households, new Money(handOver.Cents), insurance.Households, lists.Insured, premium)
                {
                    SocialAssistanceHouseholds = lists.OnAssistance,
                    SocialAssistanceAll = new Money(lists.OnAssistanceCents),
                });
            }

            Spill();
            var summary = Path.Combine(folder, "totals.csv");
            using (var csv = CsvFileWriter.Create(summary + ".partial"))
            {
                _partial.Add(summary);
                csv.Header("municipality", "name", "households", "members", "allowance", "contribution", "contribution_households", "hand_over_households", "hand_over_estimate",
                    "health_insurance_households", "insured", "premium", "social_assistance_households", "social_assistance_estimate");
                foreach (var t in totals)
                {
                    var p = t.Payments;
                    csv.Text(p.Code).Text(p.Name).Number(p.Households).Number(p.Members).Number(p.Allowance).Number(p.Contribution)
                        .Number(t.ContributionHouseholds).Number(t.HandOverHouseholds).Number(t.SocialAssistance).Number(t.HealthInsuranceHouseholds).Number(t.Insured);
                    (t.Premium is { } premium ? csv.Number(premium) : csv.Number("")).Number(t.SocialAssistanceHouseholds).Number(t.SocialAssistanceAll).EndRow();
                }
            }

            foreach (var path in _partial)
            {
                File.Move(path + ".partial", path, overwrite: true);
            }

            _partial.Clear();
            return totals;
        }

        /// <summary>Deletes the partial files of lists not finished.</summary>
        public void Dispose()
        {
            foreach (var path in _partial)
            {
                File.Delete(path + ".partial");
            }

            _partial.Clear();
        }

        /// <summary>Appends every buffered line to its partial file (the first spill of a file creates it anew).</summary>
        private void Spill()
        {
            Directory.CreateDirectory(folder);
            foreach (var lists in _municipalities.Values)
            {
                for (var i = 0; i < lists.Text.Length; i++)
                {
                    var text = lists.Text[i].GetStringBuilder();
                    var path = lists.Paths[i];
                    var fresh = !lists.Spilled[i];
                    if (text.Length == 0 && !fresh)
                    {
                        continue;
                    }

                    if (fresh)
                    {
                        // Known before it is written, so that a file cut off by a full disk is deleted with the others.
                        lists.Spilled[i] = true;
                        _partial.Add(path);
                    }

                    Append(path + ".partial", text, fresh);

                    text.Clear();
                }
            }

            _buffered = 0;
        }

        /// <summary>
        /// Writes a buffer's text in UTF-8 to the end of a file (a new file when <paramref name="fresh"/>) through this
        /// builder's one byte buffer: a spill touches every municipality's files, and a writer per file made its own buffers.
        /// </summary>
        private void Append(string path, StringBuilder text, bool fresh)
        {
            using var file = new FileStream(path, fresh ? FileMode.Create : FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 0);
            _encoder.Reset();
            foreach (var part in text.GetChunks())
            {
                var chars = part.Span;
                while (!chars.IsEmpty)
                {
                    _encoder.Convert(chars, _bytes, flush: false, out var used, out var written, out _);
                    file.Write(_bytes, 0, written);
                    chars = chars[used..];
                }
            }

            _encoder.Convert([], _bytes, flush: true, out _, out var last, out _);
            file.Write(_bytes, 0, last);
        }

        /// <summary>One municipality's four lists: their buffers and what they add up to so far.</summary>
        private sealed class Lists
        {
            public Lists(string[] paths)
            {
                Paths = paths;
                Text = [.. paths.Select(_ => new StringWriter(CultureInfo.InvariantCulture))];
                Csv = [.. Text.Select(t => new CsvFileWriter(t))];
                Spilled = new bool[paths.Length];
            }

            public string[] Paths { get; }

            public StringWriter[] Text { get; }

            public CsvFileWriter[] Csv { get; }

            public bool[] Spilled { get; }

            public int Length
            {
                get
                {
                    var length = 0;
                    foreach (var text in Text)
                    {
                        length += text.GetStringBuilder().Length;
                    }

                    return length;
                }
            }

            public string LastKey { get; set; } = "";

            public int Households { get; set; }

            public int Members { get; set; }

            public long Allowance { get; set; }

            public long Contribution { get; set; }

            public long Assistance { get; set; }

            public int OnAssistance { get; set; }

            public long OnAssistanceCents { get; set; }

            public Sum Contributions { get; } = new();

            public Sum HandOver { get; } = new();

            public long HandOverContribution { get; set; }

            public Sum Insurance { get; } = new();

            public int Insured { get; set; }

            public bool PremiumKnown { get; set; }
        }

        /// <summary>The households on a list, their members and an amount.</summary>
        private sealed class Sum
        {
            public int Households { get; private set; }

            public int Members { get; private set; }

            public long Cents { get; private set; }

            public void Add(int members, long cents)
            {
                Households++;
                Members += members;
                Cents += cents;
            }
        }
    }
}
