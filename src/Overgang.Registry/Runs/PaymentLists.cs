using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Model;
using Overgang.Rules;

namespace Overgang.Registry.Runs;

/// <summary>Writes the payment list of an allowance run: one CSV per municipality with a total line, and a summary of totals.</summary>
/// <remarks>
/// Written from the stored results, so a resumed run gives the same files as an uninterrupted one. Cells are quoted as
/// RFC 4180 says and text cells that start with <c>= + - @</c> get a leading single quote (no formulas in a
/// spreadsheet); municipality codes in file names must be letters and digits.
/// </remarks>
public static class PaymentLists
{
    /// <summary>Writes <c>&lt;municipality&gt;.csv</c> files and <c>totals.csv</c> into a folder; returns the totals per municipality.</summary>
    public static IReadOnlyList<MunicipalityTotal> Write(RegistryDatabase database, long runId, string folder)
    {
        ArgumentNullException.ThrowIfNull(database);
        using var context = database.Open();
        var names = context.Municipalities.AsNoTracking().ToDictionary(m => m.Code, m => m.Name);
        return Write(Read(context, runId), names, folder);
    }

    /// <summary>The stored payments of a run, ordered by municipality and household.</summary>
    internal static List<PaymentRecord> Read(RegistryContext context, long runId) =>
        [.. context.Payments.AsNoTracking().Where(p => p.RunId == runId).ToList()
            .OrderBy(p => p.MunicipalityCode, StringComparer.Ordinal).ThenBy(p => p.HouseholdId, StringComparer.Ordinal)];

    internal static IReadOnlyList<MunicipalityTotal> Write(List<PaymentRecord> payments, Dictionary<string, string> names, string folder)
    {
        Directory.CreateDirectory(folder);
        var totals = new List<MunicipalityTotal>();
        foreach (var group in payments.GroupBy(p => p.MunicipalityCode))
        {
            var code = CsvCells.FileCode(group.Key);
            var text = new StringBuilder("household,members,allowance,contribution,outcome,provision,social_assistance_estimate\n");
            foreach (var p in group)
            {
                CsvCells.Line(text, CsvCells.Text(p.HouseholdId), Number(p.Members), new Money(p.AllowanceCents).ToString(), new Money(p.ContributionCents).ToString(), CsvCells.Text(p.Outcome), CsvCells.Text(p.Provision),
                    p.SocialAssistanceCents is { } assistance ? new Money(assistance).ToString() : "");
            }

            var total = new MunicipalityTotal(code, names.GetValueOrDefault(code, code), group.Count(), group.Sum(p => p.Members),
                new Money(group.Sum(p => p.AllowanceCents)), new Money(group.Sum(p => p.ContributionCents)));
            CsvCells.Line(text, "total", Number(total.Members), total.Allowance.ToString(), total.Contribution.ToString(), $"{Number(total.Households)} households", "",
                new Money(group.Sum(p => p.SocialAssistanceCents ?? 0)).ToString());
            File.WriteAllText(Path.Combine(folder, $"{code}.csv"), text.ToString());
            totals.Add(total);
        }

        var summary = new StringBuilder("municipality,name,households,members,allowance,contribution\n");
        foreach (var t in totals)
        {
            CsvCells.Line(summary, CsvCells.Text(t.Code), CsvCells.Text(t.Name), Number(t.Households), Number(t.Members), t.Allowance.ToString(), t.Contribution.ToString());
        }

        File.WriteAllText(Path.Combine(folder, "totals.csv"), summary.ToString());
        return totals;
    }

    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
