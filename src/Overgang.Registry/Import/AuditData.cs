using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Overgang.Registry.Import;

/// <summary>The small JSON object an import audit entry carries: the fields a row set, with their new values.</summary>
internal static class AuditData
{
    private static readonly JsonWriterOptions _options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Of(IEnumerable<KeyValuePair<string, string?>> fields)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, _options))
        {
            json.WriteStartObject();
            foreach (var (name, value) in fields)
            {
                json.WriteString(name, value);
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string Of(string name, string? value) => Of([new KeyValuePair<string, string?>(name, value)]);
}
