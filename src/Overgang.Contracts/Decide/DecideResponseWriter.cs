using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using Overgang.Rules.Countries;
using Overgang.Rules.Parameters;
using Overgang.Rules.Transition;

namespace Overgang.Contracts.Decide;

/// <summary>Writes the decide output document of docs/contracts/cli-json.md, plus the added <c>facts</c> per reason, <c>tasks</c> and <c>nationalOptions</c> per decision.</summary>
internal static class DecideResponseWriter
{
    public static void Write(Utf8JsonWriter json, DecideRequest request, ImmutableArray<TransitionDecision> decisions, ParameterTree parameters)
    {
        var facts = request.Persons.ToDictionary(p => p.Id, StringComparer.Ordinal);
        json.WriteStartObject();
        json.WriteString("date", Iso(request.Date));
        json.WriteStartArray("decisions");
        foreach (var decision in decisions)
        {
            TransitionDecisionJson.Write(json, decision, CountryPackages.Default.For(facts[decision.PersonId], request.Date, parameters));
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", null);

}
