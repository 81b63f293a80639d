using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Overgang.Rules;

namespace Overgang.Registry.Runs;

/// <summary>Writes the payment list of an allowance run: one CSV per municipality with a total line, and a summary of totals.</summary>
/// <remarks>Written from the stored results, so a resumed run gives the same files as an uninterrupted one.</remarks>
public static class PaymentLists
{
    /// <summary>Writes <c>&lt;municipality&gt;.csv</c> files and <c>totals.csv</c> into a folder; returns the totals per municipality.</summary>
    public static IReadOnlyList<MunicipalityTotal> Write(RegistryDatabase database, long runId, string folder)
    {
        ArgumentNullException.ThrowIfNull(database);
        Directory.CreateDirectory(folder);
        using var context = database.Open();
        var names = context.Municipalities.AsNoTracking().ToDictionary(m => m.Code, m => m.Name);
        var payments = context.Payments.AsNoTracking().Where(p => p.RunId == runId).ToList()
            .OrderBy(p => p.MunicipalityCode, StringComparer.Ordinal).ThenBy(p => p.HouseholdId, StringComparer.Ordinal).ToList();
        var totals = new List<MunicipalityTotal>();
        foreach (var group in payments.GroupBy(p => p.MunicipalityCode))
        {
            var text = new StringBuilder("household,members,allowance,contribution,outcome\n");
            foreach (var p in group)
            {
                text.Append(CultureInfo.InvariantCulture, $"{p.HouseholdId},{p.Members},{new Money(p.AllowanceCents)},{new Money(p.ContributionCents)},{p.Outcome}\n");
            }

            var total = new MunicipalityTotal(group.Key, names.GetValueOrDefault(group.Key, group.Key), group.Count(), group.Sum(p => p.Members),
                new Money(group.Sum(p => p.AllowanceCents)), new Money(group.Sum(p => p.ContributionCents)));
            text.Append(CultureInfo.InvariantCulture, $"total,{total.Members},{total.Allowance},{total.Contribution},{total.Households} households\n");
            File.WriteAllText(Path.Combine(folder, $"{group.Key}.csv"), text.ToString());
            totals.Add(total);
        }

        var summary = new StringBuilder("municipality,name,households,members,allowance,contribution\n");
        foreach (var t in totals)
        {
            summary.Append(CultureInfo.InvariantCulture, $"{t.Code},\"{t.Name.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{t.Households},{t.Members},{t.Allowance},{t.Contribution}\n");
        }

        File.WriteAllText(Path.Combine(folder, "totals.csv"), summary.ToString());
        return totals;
    }
}
