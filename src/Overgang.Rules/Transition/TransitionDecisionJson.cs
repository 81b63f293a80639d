using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using Overgang.Rules.Countries;

namespace Overgang.Rules.Transition;

/// <summary>Writes one decision as the JSON object of the <c>decide</c> contract (docs/contracts/cli-json.md), plus <c>facts</c> per reason and <c>tasks</c>.</summary>
/// <remarks>One writer for the command line, the HTTP API and the registry's stored decisions, so they cannot drift apart.</remarks>
public static class TransitionDecisionJson
{
    /// <summary>Writes the decision as a JSON object.</summary>
    public static void Write(Utf8JsonWriter json, TransitionDecision decision)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(decision);
        json.WriteStartObject();
        WriteFields(json, decision);
        json.WriteEndObject();
    }

    /// <summary>Writes the decision as a JSON object with the person's national options (<c>nationalOptions</c>, an addition of issue 17) after its other fields.</summary>
    public static void Write(Utf8JsonWriter json, TransitionDecision decision, ImmutableArray<NationalOption> nationalOptions)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(decision);
        json.WriteStartObject();
        WriteFields(json, decision);
        NationalOptionsJson.Write(json, "nationalOptions", nationalOptions);
        json.WriteEndObject();
    }

    private static void WriteFields(Utf8JsonWriter json, TransitionDecision decision)
    {
        json.WriteString("id", decision.PersonId);
        json.WriteString("path", TransitionNames.Of(decision.Path));
        json.WriteString("status", decision.IsDecided ? "decided" : "pending");
        WriteDate(json, "validFrom", decision.Validity?.Start);
        WriteDate(json, "validUntil", decision.Validity?.End);
        json.WriteStartArray("reasons");
        foreach (var reason in decision.Reasons)
        {
            json.WriteStartObject();
            json.WriteString("rule", reason.Rule);
            json.WriteString("reference", reason.Reference);
            json.WriteString("text", reason.Text);
            json.WriteBoolean("met", reason.Met);
            json.WriteStartObject("facts");
            foreach (var fact in reason.Facts)
            {
                json.WriteString(fact.Name, fact.Value);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("actions");
        foreach (var action in decision.Actions)
        {
            json.WriteStartObject();
            json.WriteString("owner", TransitionNames.Of(action.Owner));
            json.WriteString("text", action.Text);
            json.WriteString("due", TransitionSchedule.Iso(action.Due));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("flags");
        foreach (var flag in TransitionNames.FlagOrder)
        {
            if (decision.Flags.HasFlag(flag))
            {
                json.WriteStringValue(TransitionNames.Of(flag));
            }
        }

        json.WriteEndArray();
        json.WriteStartArray("tasks");
        foreach (var task in decision.Tasks)
        {
            json.WriteStartObject();
            json.WriteString("domain", task.Domain);
            json.WriteString("owner", TransitionNames.Of(task.Owner));
            json.WriteString("text", task.Text);
            WriteDate(json, "due", task.Due);
            json.WriteBoolean("provisional", task.IsProvisional);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, LocalDate? date)
    {
        if (date is { } day)
        {
            json.WriteString(name, TransitionSchedule.Iso(day));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
