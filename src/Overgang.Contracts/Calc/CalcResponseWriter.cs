using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using Overgang.Rules.Allowance;

namespace Overgang.Contracts.Calc;

/// <summary>Writes the calc output document of shared/contracts/cli-json.md.</summary>
internal static class CalcResponseWriter
{
    public static void Write(Utf8JsonWriter json, LocalDate date, ImmutableArray<HouseholdCalculation> results)
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

            json.WriteStartArray("explanation");
            foreach (var item in result.Explanation)
            {
                json.WriteStartObject();
                json.WriteString("rule", item.Rule);
                json.WriteString("reference", item.Reference);
                json.WriteString("text", item.Text);
                JsonOutput.WriteMoney(json, "value", item.Value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
