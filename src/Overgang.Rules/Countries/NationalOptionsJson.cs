using System.Collections.Immutable;
using System.Text.Json;

namespace Overgang.Rules.Countries;

/// <summary>Writes national options as the <c>nationalOptions</c> array of the decide output (docs/contracts/cli-json.md, additions).</summary>
public static class NationalOptionsJson
{
    /// <summary>Writes the options as a named JSON array.</summary>
    public static void Write(Utf8JsonWriter json, string name, ImmutableArray<NationalOption> options)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartArray(name);
        foreach (var option in options)
        {
            json.WriteStartObject();
            json.WriteString("memberState", option.MemberState);
            WriteOrNull(json, "option", option.OptionId);
            WriteOrNull(json, "status", option.Status);
            WriteOrNull(json, "maxDuration", option.MaxDuration?.ToString());
            WriteOrNull(json, "availableFrom", option.AvailableFrom?.ToString("yyyy-MM-dd", null));
            json.WriteStartArray("conditions");
            foreach (var condition in option.Conditions)
            {
                json.WriteStringValue(condition);
            }

            json.WriteEndArray();
            json.WriteString("reference", option.Reference);
            json.WriteBoolean("known", option.Known);
            json.WriteBoolean("provisional", option.Provisional);
            json.WriteStartArray("unknown");
            foreach (var missing in option.Missing)
            {
                json.WriteStringValue(missing);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
