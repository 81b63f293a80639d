using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Overgang.Rules;

namespace Overgang.Contracts;

/// <summary>Shared pieces of the JSON output: writer options, money and errors.</summary>
public static class JsonOutput
{
    /// <summary>Indented, with non-ASCII text (Cyrillic names) written as is.</summary>
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes an amount in euros, or <c>null</c>.</summary>
    public static void WriteMoney(Utf8JsonWriter json, string name, Money? value)
    {
        if (value is { } money)
        {
            json.WriteNumber(name, money.Euros);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>Renders a document written by <paramref name="write"/> as text.</summary>
    public static string Render(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The error document of the contract: <c>{"error": ..., "field": ...}</c>.</summary>
    public static string Error(InputError error) => Render(json =>
    {
        json.WriteStartObject();
        json.WriteString("error", error.Message);
        json.WriteString("field", error.Field);
        if (error.Parameter is not null)
        {
            json.WriteString("parameter", error.Parameter);
        }

        json.WriteEndObject();
    });
}
