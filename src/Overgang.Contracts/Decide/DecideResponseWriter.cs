using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using Overgang.Rules.Transition;

namespace Overgang.Contracts.Decide;

/// <summary>Writes the decide output document of docs/contracts/cli-json.md, plus the added <c>facts</c> per reason and <c>tasks</c> per decision.</summary>
internal static class DecideResponseWriter
{
    public static void Write(Utf8JsonWriter json, LocalDate date, ImmutableArray<TransitionDecision> decisions)
    {
        json.WriteStartObject();
        json.WriteString("date", Iso(date));
        json.WriteStartArray("decisions");
        foreach (var decision in decisions)
        {
            TransitionDecisionJson.Write(json, decision);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", null);

}
