using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Facts;
using Overgang.Registry.Files;
using Overgang.Registry.Model;
using Overgang.Rules;
using Overgang.Rules.Explanations;

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
/// Household ids are the registry's. Every file goes through the one <see cref="CsvFileWriter"/>, and is named only after a valid
/// municipality code, checked for every list before any file is written.
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
        var contributionPaths = PaymentLists.Paths(payments, folder, "-contributions");
        var handOverPaths = PaymentLists.Paths(payments, folder, "-hand-over");
        var insurancePaths = PaymentLists.Paths(payments, folder, "-health-insurance");
        var payment = PaymentLists.Write(payments, names, folder).ToDictionary(t => t.Code, StringComparer.Ordinal);
        var totals = new List<MonthListTotal>();
        foreach (var group in payments.GroupBy(p => p.MunicipalityCode))
        {
            var code = group.Key;
            var contributions = group.Where(p => p.ContributionCents > 0).ToList();
            var handOver = group.Where(p => p.HandOver).ToList();
            var insurance = group.Where(p => p.HealthInsuranceFrom is { } from && from <= monthEnd).ToList();

            var contributionTotal = new Money(contributions.Sum(p => p.ContributionCents));
            using (var csv = CsvFileWriter.Create(contributionPaths[code]))
            {
                csv.Header("household", "members", "provision", "contribution");
                foreach (var p in contributions)
                {
                    csv.Text(p.HouseholdId).Number(p.Members).Text(p.Provision).Number(new Money(p.ContributionCents)).EndRow();
                }

                csv.Text("total").Number(contributions.Sum(p => p.Members)).Text($"{PaymentLists.Number(contributions.Count)} households").Number(contributionTotal).EndRow();
            }

            var estimate = new Money(handOver.Sum(p => p.SocialAssistanceCents ?? 0));
            using (var csv = CsvFileWriter.Create(handOverPaths[code]))
            {
                csv.Header("household", "members", "social_assistance_estimate", "contribution", "reasons");
                foreach (var p in handOver)
                {
                    csv.Text(p.HouseholdId).Number(p.Members).Number(new Money(p.SocialAssistanceCents ?? 0)).Number(new Money(p.ContributionCents)).Text(Reasons(context, p)).EndRow();
                }

                csv.Text("total").Number(handOver.Sum(p => p.Members)).Number(estimate).Number(new Money(handOver.Sum(p => p.ContributionCents))).Text($"{PaymentLists.Number(handOver.Count)} households").EndRow();
            }

            var insured = insurance.Sum(p => p.HealthInsuranceInsured ?? 0);
            Money? premium = insurance.Any(p => p.HealthInsurancePremiumCents is not null) ? new Money(insurance.Sum(p => p.HealthInsurancePremiumCents ?? 0)) : null;
            using (var csv = CsvFileWriter.Create(insurancePaths[code]))
            {
                csv.Header("household", "members", "from", "insured", "premium", "status");
                foreach (var p in insurance)
                {
                    csv.Text(p.HouseholdId).Number(p.Members).Text(p.HealthInsuranceFrom!.Value.ToString("yyyy-MM-dd", null)).Number(p.HealthInsuranceInsured ?? 0);
                    (p.HealthInsurancePremiumCents is { } cents ? csv.Number(new Money(cents)) : csv.Number("")).Text("to enrol").EndRow();
                }

                csv.Text("total").Number(insurance.Sum(p => p.Members)).Text("").Number(insured);
                (premium is { } sum ? csv.Number(sum) : csv.Number("")).Text($"{PaymentLists.Number(insurance.Count)} households").EndRow();
            }

            var onAssistance = group.Where(p => p.SocialAssistanceCents is not null).ToList();
            totals.Add(new MonthListTotal(payment[code], contributions.Count, contributionTotal, handOver.Count, estimate, insurance.Count, insured, premium)
            {
                SocialAssistanceHouseholds = onAssistance.Count,
                SocialAssistanceAll = new Money(onAssistance.Sum(p => p.SocialAssistanceCents ?? 0)),
            });
        }

        using (var summary = CsvFileWriter.Create(Path.Combine(folder, "totals.csv")))
        {
            summary.Header("municipality", "name", "households", "members", "allowance", "contribution", "contribution_households", "hand_over_households", "hand_over_estimate",
                "health_insurance_households", "insured", "premium", "social_assistance_households", "social_assistance_estimate");
            foreach (var t in totals)
            {
                var p = t.Payments;
                summary.Text(p.Code).Text(p.Name).Number(p.Households).Number(p.Members).Number(p.Allowance).Number(p.Contribution)
                    .Number(t.ContributionHouseholds).Number(t.HandOverHouseholds).Number(t.SocialAssistance).Number(t.HealthInsuranceHouseholds).Number(t.Insured);
                (t.Premium is { } premium ? summary.Number(premium) : summary.Number("")).Number(t.SocialAssistanceHouseholds).Number(t.SocialAssistanceAll).EndRow();
            }
        }

        return totals;
    }

    /// <summary>The texts of a payment's explanation, in order, joined into one line (resolved from its stored form).</summary>
    private static string Reasons(RegistryContext context, PaymentRecord payment)
    {
        if (payment.Stored is { } stored)
        {
            return string.Join("; ", StoredExplanation.Decode(stored, StoredExplanations.Texts(context, StoredExplanation.TextsKey(stored))).Select(e => e.Text));
        }

        try
        {
            using var json = JsonDocument.Parse(payment.Explanation ?? "");
            return json.RootElement.ValueKind != JsonValueKind.Array ? ""
                : string.Join("; ", json.RootElement.EnumerateArray().Select(e => e.TryGetProperty("text", out var t) ? t.GetString() : null).OfType<string>());
        }
        catch (JsonException)
        {
            return "";
        }
    }
}
