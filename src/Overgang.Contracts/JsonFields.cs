using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Overgang.Rules;

namespace Overgang.Contracts;

/// <summary>Reads typed fields from a JSON element, naming the field path in every error.</summary>
internal static class JsonFields
{
    public static bool TryDate(JsonElement parent, string name, string path, bool required, out LocalDate? date, [NotNullWhen(false)] out InputError? error)
    {
        date = null;
        error = null;
        if (!parent.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                error = new InputError(path, $"{path} is required (a date YYYY-MM-DD)");
                return false;
            }

            return true;
        }

        var parsed = element.ValueKind == JsonValueKind.String ? LocalDatePattern.Iso.Parse(element.GetString()!) : null;
        if (parsed is not { Success: true })
        {
            error = new InputError(path, $"{path} must be a date YYYY-MM-DD, not {element.GetRawText()}");
            return false;
        }

        date = parsed.Value;
        return true;
    }

    public static bool TryString(JsonElement parent, string name, string path, bool required, out string? value, [NotNullWhen(false)] out InputError? error)
    {
        value = null;
        error = null;
        if (!parent.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                error = new InputError(path, $"{path} is required");
                return false;
            }

            return true;
        }

        if (element.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(element.GetString()))
        {
            error = new InputError(path, $"{path} must be a non-empty string, not {element.GetRawText()}");
            return false;
        }

        value = element.GetString();
        return true;
    }

    public static bool TryBool(JsonElement parent, string name, string path, out bool value, [NotNullWhen(false)] out InputError? error)
    {
        value = false;
        error = null;
        if (!parent.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            error = new InputError(path, $"{path} must be true or false, not {element.GetRawText()}");
            return false;
        }

        value = element.GetBoolean();
        return true;
    }

    public static bool TryMoney(JsonElement parent, string name, string path, bool required, out Money value, [NotNullWhen(false)] out InputError? error)
    {
        value = Money.Zero;
        error = null;
        if (!parent.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                error = new InputError(path, $"{path} is required (an amount in euros)");
                return false;
            }

            return true;
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDecimal(out var euros))
        {
            error = new InputError(path, $"{path} must be an amount in euros, not {element.GetRawText()}");
            return false;
        }

        if (euros < 0 || decimal.Round(euros, 2) != euros || euros > 100_000_000m)
        {
            error = new InputError(path, $"{path} must be zero or more with at most two decimals, not {euros.ToString(CultureInfo.InvariantCulture)}");
            return false;
        }

        value = Money.FromEuros(euros);
        return true;
    }

    public static bool TryArray(JsonElement parent, string name, string path, bool required, out JsonElement array, [NotNullWhen(false)] out InputError? error)
    {
        error = null;
        if (!parent.TryGetProperty(name, out array) || array.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                error = new InputError(path, $"{path} is required (a list)");
                return false;
            }

            return true;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            error = new InputError(path, $"{path} must be a list, not {array.GetRawText()}");
            return false;
        }

        return true;
    }

    public static bool TryEnum<T>(JsonElement parent, string name, string path, IReadOnlyDictionary<string, T> names, bool required, out T? value, [NotNullWhen(false)] out InputError? error)
        where T : struct
    {
        value = null;
        if (!TryString(parent, name, path, required, out var text, out error))
        {
            return false;
        }

        if (text is null)
        {
            return true;
        }

        if (!names.TryGetValue(text, out var found))
        {
            error = new InputError(path, $"{path} must be one of {string.Join(", ", names.Keys)}, not \"{text}\"");
            return false;
        }

        value = found;
        return true;
    }

    /// <summary>Reads the <c>date</c> and the non-empty <c>persons</c> list that both contract documents start with.</summary>
    public static bool TryDateAndPersons(JsonElement root, out LocalDate date, out JsonElement persons, [NotNullWhen(false)] out InputError? error)
    {
        date = default;
        if (!TryDate(root, "date", "date", required: true, out var day, out error)
            || !TryArray(root, "persons", "persons", required: true, out persons, out error))
        {
            persons = default;
            return false;
        }

        if (persons.GetArrayLength() == 0)
        {
            error = new InputError("persons", "persons must list at least one person");
            return false;
        }

        date = day!.Value;
        return true;
    }

    public static InputError? ParseDocument(string text, out JsonDocument? document)
    {
        document = null;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException e)
        {
            return new InputError("$", $"the input is not valid JSON: {e.Message}");
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            document = null;
            return new InputError("$", "the input must be a JSON object");
        }

        return null;
    }
}
