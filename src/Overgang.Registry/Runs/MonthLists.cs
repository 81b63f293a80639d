using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Facts;
using Overgang.Registry.Files;
using Overgang.Registry.Model;
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
public static partial class MonthLists
{
    /// <summary>Writes the month's lists of a run into a folder from its stored payments; returns the totals per municipality.</summary>
    public static IReadOnlyList<MonthListTotal> Write(RegistryDatabase database, long runId, string folder)
    {
        ArgumentNullException.ThrowIfNull(database);
        using var context = database.Open();
        var run = context.Runs.AsNoTracking().Single(r => r.Id == runId);
        var month = NodaTime.Text.YearMonthPattern.Iso.Parse(run.Argument).Value;
        var names = context.Municipalities.AsNoTracking().ToDictionary(m => m.Code, m => m.Name);
        var payments = PaymentLists.Read(context, runId);
        foreach (var suffix in Builder.Suffixes)
        {
            _ = PaymentLists.Paths(payments, folder, suffix);
        }

        using var lists = new Builder(folder, month, key => StoredExplanations.Texts(context, key));
        foreach (var payment in payments)
        {
            if (!lists.Add(payment))
            {
                throw new InvalidOperationException($"payment {payment.HouseholdId} of run {runId} is stored twice");
            }
        }

        return lists.Finish(names);
    }

    /// <summary>The texts of a payment's explanation, in order, joined into one line (resolved from its stored form with <paramref name="texts"/>).</summary>
    private static string Reasons(PaymentRecord payment, Func<string, StoredTexts> texts)
    {
        if (payment.Stored is { } stored)
        {
            return string.Join("; ", StoredExplanation.Decode(stored, texts(StoredExplanation.TextsKey(stored))).Select(e => e.Text));
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
