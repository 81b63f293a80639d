using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NodaTime;
using NodaTime.Text;

namespace Overgang.Web.Json;

/// <summary>
/// NodaTime on the wire: a <see cref="LocalDate"/> is an ISO date (<c>2027-03-04</c>), a <see cref="YearMonth"/> an ISO
/// month (<c>2026-11</c>) and an <see cref="Instant"/> an ISO instant, in JSON and in the OpenAPI document alike.
/// </summary>
internal static class NodaJson
{
    public static void Add(JsonSerializerOptions options)
    {
        options.Converters.Add(new PatternConverter<LocalDate>(LocalDatePattern.Iso));
        options.Converters.Add(new PatternConverter<YearMonth>(YearMonthPattern.Iso));
        options.Converters.Add(new PatternConverter<Instant>(InstantPattern.ExtendedIso));
    }

    public static Task DescribeAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        var format = type == typeof(LocalDate) ? "date" : type == typeof(YearMonth) ? "year-month" : type == typeof(Instant) ? "date-time" : null;
        if (format is not null)
        {
            schema.Type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) is null ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
            schema.Format = format;
            schema.Properties?.Clear();
        }

        return Task.CompletedTask;
    }

    private sealed class PatternConverter<T>(IPattern<T> pattern) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var result = reader.TokenType == JsonTokenType.String ? pattern.Parse(reader.GetString()!) : null;
            return result is { Success: true } ? result.Value : throw new JsonException($"expected an ISO value such as {pattern.Format(default!)}");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(pattern.Format(value));
    }
}
