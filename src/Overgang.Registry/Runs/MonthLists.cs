using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Overgang.Rules;

namespace Overgang.Registry.Runs;

/// <summary>
/// Writes the lists of a monthly run, per municipality, into the payments folder, from the stored results (a resumed
/// run gives the same files):
/// <list type="bullet">
/// <item><c>&lt;code&gt;.csv</c>: the payment list of the living allowance, every allowance household with its provision (<see cref="PaymentLists"/>);</item>
/// <item><c>&lt;code&gt;-contributions.csv</c>: the households with an own contribution due this month;</item>
/// <item><c>&lt;code&gt;-hand-over.csv</c>: the households handed over to social assistance this month (on social assistance on the
/// first day of the month and not on the first day of the previous month), with the estimate and the reasons in words;</item>
/// <item><c>&lt;code&gt;-health-insurance.csv</c>: the households to enrol in basic health insurance: every household whose
/// obligation has started on or before the month's end is listed, in the first month it applies and every month after,
/// as the registry does not record enrolments.</item>
/// </list>
/// Every list ends with a totals line (the sums of its rows) and <c>totals.csv</c> sums every list per municipality.
/// Household ids are the registry's.
/// </summary>
public static class MonthLists
{
    /// <summary>Writes the month's lists of a run into a folder; returns the totals per municipality.</summary>
    public static IReadOnlyList<MonthListTotal> Write(RegistryDatabase database, long runId, string folder)
    {
        ArgumentNullException.ThrowIfNull(database);
        using var context = database.Open();
        var run = context.Runs.AsNoTracking().Single(r => r.Id == runId);
        var month = NodaTime.Text.YearMonthPattern.Iso.Parse(run.Argument).Value;
        var monthEnd = month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month));
        var names = context.Municipalities.AsNoTracking().ToDictionary(m => m.Code, m => m.Name);
        var payments = PaymentLists.Read(context, runId);
        var payment = PaymentLists.Write(payments, names, folder).ToDictionary(t => t.Code, StringComparer.Ordinal);
        var totals = new List<MonthListTotal>();
        foreach (var group in payments.GroupBy(p => p.MunicipalityCode))
        {
            var code = CsvCells.FileCode(group.Key);
            var contributions = group.Where(p => p.ContributionCents > 0).ToList();
            var handOver = group.Where(p => p.HandOver).ToList();
            var insurance = group.Where(p => p.HealthInsuranceFrom is { } from && from <= monthEnd).ToList();

            var text = new StringBuilder("household,members,provision,contribution\n");
            foreach (var p in contributions)
            {
                CsvCells.Line(text, CsvCells.Text(p.HouseholdId), PaymentLists.Number(p.Members), CsvCells.Text(p.Provision), new Money(p.ContributionCents).ToString());
            }

            var contributionTotal = new Money(contributions.Sum(p => p.ContributionCents));
            CsvCells.Line(text, "total", PaymentLists.Number(contributions.Sum(p => p.Members)), $"{PaymentLists.Number(contributions.Count)} households", contributionTotal.ToString());
            File.WriteAllText(Path.Combine(folder, $"{code}-contributions.csv"), text.ToString());

            text = new StringBuilder("household,members,social_assistance_estimate,contribution,reasons\n");
            foreach (var p in handOver)
            {
                CsvCells.Line(text, CsvCells.Text(p.HouseholdId), PaymentLists.Number(p.Members), new Money(p.SocialAssistanceCents ?? 0).ToString(), new Money(p.ContributionCents).ToString(), CsvCells.Text(Reasons(p.Explanation)));
            }

            var estimate = new Money(handOver.Sum(p => p.SocialAssistanceCents ?? 0));
            CsvCells.Line(text, "total", PaymentLists.Number(handOver.Sum(p => p.Members)), estimate.ToString(), new Money(handOver.Sum(p => p.ContributionCents)).ToString(), $"{PaymentLists.Number(handOver.Count)} households");
            File.WriteAllText(Path.Combine(folder, $"{code}-hand-over.csv"), text.ToString());

            text = new StringBuilder("household,members,from,insured,premium,status\n");
            foreach (var p in insurance)
            {
                CsvCells.Line(text, CsvCells.Text(p.HouseholdId), PaymentLists.Number(p.Members), p.HealthInsuranceFrom!.Value.ToString("yyyy-MM-dd", null),
                    PaymentLists.Number(p.HealthInsuranceInsured ?? 0), p.HealthInsurancePremiumCents is { } cents ? new Money(cents).ToString() : "", "to enrol");
            }

            var insured = insurance.Sum(p => p.HealthInsuranceInsured ?? 0);
            Money? premium = insurance.Any(p => p.HealthInsurancePremiumCents is not null) ? new Money(insurance.Sum(p => p.HealthInsurancePremiumCents ?? 0)) : null;
            CsvCells.Line(text, "total", PaymentLists.Number(insurance.Sum(p => p.Members)), "", PaymentLists.Number(insured), premium?.ToString() ?? "", $"{PaymentLists.Number(insurance.Count)} households");
            File.WriteAllText(Path.Combine(folder, $"{code}-health-insurance.csv"), text.ToString());

            var onAssistance = group.Where(p => p.SocialAssistanceCents is not null).ToList();
            totals.Add(new MonthListTotal(payment[code], contributions.Count, contributionTotal, handOver.Count, estimate, insurance.Count, insured, premium)
            {
                SocialAssistanceHouseholds = onAssistance.Count,
                SocialAssistanceAll = new Money(onAssistance.Sum(p => p.SocialAssistanceCents ?? 0)),
            });
        }

        var summary = new StringBuilder("municipality,name,households,members,allowance,contribution,contribution_households,hand_over_households,hand_over_estimate,health_insurance_households,insured,premium,social_assistance_households,social_assistance_estimate\n");
        foreach (var t in totals)
        {
            var p = t.Payments;
            CsvCells.Line(summary, CsvCells.Text(p.Code), CsvCells.Text(p.Name), PaymentLists.Number(p.Households), PaymentLists.Number(p.Members), p.Allowance.ToString(), p.Contribution.ToString(),
                PaymentLists.Number(t.ContributionHouseholds), PaymentLists.Number(t.HandOverHouseholds), t.SocialAssistance.ToString(), PaymentLists.Number(t.HealthInsuranceHouseholds), PaymentLists.Number(t.Insured), t.Premium?.ToString() ?? "",
                PaymentLists.Number(t.SocialAssistanceHouseholds), t.SocialAssistanceAll.ToString());
        }

        File.WriteAllText(Path.Combine(folder, "totals.csv"), summary.ToString());
        return totals;
    }

    /// <summary>The texts of a stored explanation, in order, joined into one line.</summary>
    private static string Reasons(string explanation)
    {
        try
        {
            using var json = JsonDocument.Parse(explanation);
            return json.RootElement.ValueKind != JsonValueKind.Array ? ""
                : string.Join("; ", json.RootElement.EnumerateArray().Select(e => e.TryGetProperty("text", out var t) ? t.GetString() : null).OfType<string>());
        }
        catch (JsonException)
        {
            return "";
        }
    }
}
