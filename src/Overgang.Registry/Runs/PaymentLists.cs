using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Files;
using Overgang.Registry.Model;
using Overgang.Rules;

namespace Overgang.Registry.Runs;

/// <summary>Writes the payment list of an allowance run: one CSV per municipality with a total line, and a summary of totals.</summary>
/// <remarks>
/// Written from the stored results, so a resumed run gives the same files as an uninterrupted one. Written through the
/// one <see cref="CsvFileWriter"/> (RFC 4180 quoting, no formulas in text cells, numbers as numbers); a file is named only
/// after a valid municipality code (<see cref="MunicipalityCode"/>), checked for every municipality before any file is written.
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

    /// <summary>The path of every municipality's file in the folder, checked before anything is written.</summary>
    /// <exception cref="UnsafeFileNameException">A municipality code cannot name a file.</exception>
    internal static Dictionary<string, string> Paths(IEnumerable<PaymentRecord> payments, string folder, string suffix) =>
        payments.Select(p => p.MunicipalityCode).Distinct(StringComparer.Ordinal)
            .ToDictionary(code => code, code => MunicipalityCode.FilePath(folder, code, suffix), StringComparer.Ordinal);

    internal static IReadOnlyList<MunicipalityTotal> Write(List<PaymentRecord> payments, Dictionary<string, string> names, string folder)
    {
        var paths = Paths(payments, folder, "");
        Directory.CreateDirectory(folder);
        var totals = new List<MunicipalityTotal>();
        foreach (var group in payments.GroupBy(p => p.MunicipalityCode))
        {
            var code = group.Key;
            using var csv = CsvFileWriter.Create(paths[code]);
            Header(csv);
            foreach (var p in group)
            {
                Row(csv, p);
            }

            var total = new MunicipalityTotal(code, names.GetValueOrDefault(code, code), group.Count(), group.Sum(p => p.Members),
                new Money(group.Sum(p => p.AllowanceCents)), new Money(group.Sum(p => p.ContributionCents)));
            Total(csv, total, new Money(group.Sum(p => p.SocialAssistanceCents ?? 0)));
            totals.Add(total);
        }

        using var summary = CsvFileWriter.Create(Path.Combine(folder, "totals.csv"));
        summary.Header("municipality", "name", "households", "members", "allowance", "contribution");
        foreach (var t in totals)
        {
            summary.Text(t.Code).Text(t.Name).Number(t.Households).Number(t.Members).Number(t.Allowance).Number(t.Contribution).EndRow();
        }

        return totals;
    }

    /// <summary>The payment list's header line.</summary>
    internal static void Header(CsvFileWriter csv) =>
        csv.Header("household", "members", "allowance", "contribution", "outcome", "provision", "social_assistance_estimate");

    /// <summary>A payment's line on the payment list.</summary>
    internal static void Row(CsvFileWriter csv, PaymentRecord p)
    {
        csv.Text(p.HouseholdId).Number(p.Members).Number(new Money(p.AllowanceCents)).Number(new Money(p.ContributionCents)).Text(p.Outcome).Text(p.Provision);
        (p.SocialAssistanceCents is { } assistance ? csv.Number(new Money(assistance)) : csv.Number("")).EndRow();
    }

    /// <summary>The payment list's totals line.</summary>
    internal static void Total(CsvFileWriter csv, MunicipalityTotal total, Money socialAssistance) =>
        csv.Text("total").Number(total.Members).Number(total.Allowance).Number(total.Contribution).Text($"{Number(total.Households)} households").Text("")
            .Number(socialAssistance).EndRow();

    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
