using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Overgang.Rules;

namespace Overgang.Cli.Json;

/// <summary>Shared pieces of the JSON output: writer options, money and errors.</summary>
internal static class JsonOutput
{
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

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

    public static string Render(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

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
