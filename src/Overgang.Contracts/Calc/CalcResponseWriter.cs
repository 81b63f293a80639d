using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using Overgang.Rules.Allowance;
using Overgang.Rules.Explanations;
using Overgang.Rules.Provisions;

namespace Overgang.Contracts.Calc;

/// <summary>Writes the calc output document of docs/contracts/cli-json.md.</summary>
internal static class CalcResponseWriter
{
    public static void Write(Utf8JsonWriter json, LocalDate date, ImmutableArray<HouseholdCalculation> results, bool afterProtection = false)
    {
        json.WriteStartObject();
        json.WriteString("date", date.ToString("yyyy-MM-dd", null));
        json.WriteStartArray("households");
        foreach (var result in results)
        {
            json.WriteStartObject();
            json.WriteStartArray("members");
            foreach (var member in result.Household.Members)
            {
                json.WriteStringValue(member.Person.Id);
            }

            json.WriteEndArray();
            json.WriteNumber("size", result.Household.Size);
            json.WriteNumber("adults", result.Household.Adults);
            json.WriteNumber("income", result.Income.Euros);
            json.WriteNumber("allowance", result.Allowance.Euros);
            json.WriteNumber("allowanceBeforeIncome", result.AllowanceBeforeIncome.Euros);
            json.WriteNumber("contribution", result.Contribution.Euros);
            if (result.Thresholds is { } thresholds)
            {
                json.WriteStartObject("thresholds");
                JsonOutput.WriteMoney(json, "allowanceFullyWithdrawnFrom", thresholds.AllowanceFullyWithdrawnFrom);
                JsonOutput.WriteMoney(json, "contributionFullyLeviedFrom", thresholds.ContributionFullyLeviedFrom);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("thresholds");
            }

            if (afterProtection)
            {
                WriteAfterProtection(json, result);
            }

            WriteExplanation(json, result.Explanation);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The fields added for dates after the last day of protection (docs/contracts/cli-json.md).</summary>
    private static void WriteAfterProtection(Utf8JsonWriter json, HouseholdCalculation result)
    {
        json.WriteString("provision", ProvisionNames.Of(result.Provision));
        if (result.SocialAssistance is { } assistance)
        {
            json.WriteStartObject("socialAssistance");
            json.WriteNumber("norm", assistance.Norm.Euros);
            json.WriteNumber("costSharers", assistance.CostSharers);
            json.WriteNumber("income", assistance.Income.Euros);
            json.WriteNumber("amount", assistance.Amount.Euros);
            WriteExplanation(json, assistance.Explanation);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("socialAssistance");
        }

        if (result.HealthInsurance is { } health)
        {
            json.WriteStartObject("healthInsurance");
            json.WriteString("from", health.From.ToString("yyyy-MM-dd", null));
            json.WriteNumber("insuredAdults", health.InsuredAdults);
            JsonOutput.WriteMoney(json, "premium", health.Premium);
            if (health.UnknownParameter is { } unknown)
            {
                json.WriteString("unknownParameter", unknown);
            }

            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("healthInsurance");
        }

        json.WriteStartArray("provisionalParameters");
        foreach (var id in result.ProvisionalParameters)
        {
            json.WriteStringValue(id);
        }

        json.WriteEndArray();
    }

    private static void WriteExplanation(Utf8JsonWriter json, ImmutableArray<ExplanationItem> explanation)
    {
        json.WriteStartArray("explanation");
        foreach (var item in explanation)
        {
            json.WriteStartObject();
            json.WriteString("rule", item.Rule);
            json.WriteString("reference", item.Reference);
            json.WriteString("text", item.Text);
            JsonOutput.WriteMoney(json, "value", item.Value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
