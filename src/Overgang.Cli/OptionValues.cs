using NodaTime;
using NodaTime.Text;
using Overgang.Contracts;

namespace Overgang.Cli;

/// <summary>Reads date and month options; a bad value writes the JSON error naming the option.</summary>
internal static class OptionValues
{
    public static bool TryDate(CliContext context, string option, string text, out LocalDate date)
    {
        var parsed = LocalDatePattern.Iso.Parse(text);
        date = parsed.Success ? parsed.Value : default;
        if (!parsed.Success)
        {
            context.Error.WriteLine(JsonOutput.Error(new InputError(option, $"{option} must be a date YYYY-MM-DD, not '{text}'")));
        }

        return parsed.Success;
    }

    public static bool TryMonth(CliContext context, string option, string text, out YearMonth month)
    {
        var parsed = YearMonthPattern.Iso.Parse(text);
        month = parsed.Success ? parsed.Value : default;
        if (!parsed.Success)
        {
            context.Error.WriteLine(JsonOutput.Error(new InputError(option, $"{option} must be YYYY-MM, not '{text}'")));
        }

        return parsed.Success;
    }
}
