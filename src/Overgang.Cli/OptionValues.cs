using NodaTime;
using NodaTime.Text;
using Overgang.Contracts;
using Overgang.Rules.Parameters;

namespace Overgang.Cli;

/// <summary>
/// Reads date, month and folder options; a bad value writes the JSON error naming the option. With <c>within</c> (the
/// runs, as in the web and the API) a date or month outside the rules' months is refused too.
/// </summary>
internal static class OptionValues
{
    public static bool TryDate(CliContext context, string option, string text, out LocalDate date, RuleMonths? within = null)
    {
        var parsed = LocalDatePattern.Iso.Parse(text);
        date = parsed.Success ? parsed.Value : default;
        if (!parsed.Success)
        {
            context.Error.WriteLine(JsonOutput.Error(new InputError(option, $"{option} must be a date YYYY-MM-DD, not '{text}'")));
            return false;
        }

        return Within(context, option, date.ToYearMonth(), within);
    }

    public static bool TryMonth(CliContext context, string option, string text, out YearMonth month, RuleMonths? within = null)
    {
        var parsed = YearMonthPattern.Iso.Parse(text);
        month = parsed.Success ? parsed.Value : default;
        if (!parsed.Success)
        {
            context.Error.WriteLine(JsonOutput.Error(new InputError(option, $"{option} must be YYYY-MM, not '{text}'")));
            return false;
        }

        return Within(context, option, month, within);
    }

    /// <summary>
    /// Makes the folder an option names (or finds it made), before a command writes anything: a path that cannot be a
    /// folder (under a file, not allowed, not a valid path) writes the JSON error naming the option.
    /// </summary>
    public static bool TryFolder(CliContext context, string option, string path)
    {
        try
        {
            Directory.CreateDirectory(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            context.Error.WriteLine(JsonOutput.Error(new InputError(option, $"{option}: the folder '{path}' cannot be made: {e.Message}")));
            return false;
        }
    }

    private static bool Within(CliContext context, string option, YearMonth month, RuleMonths? within)
    {
        if (within is null || within.Contains(month))
        {
            return true;
        }

        context.Error.WriteLine(JsonOutput.Error(new InputError(option, $"{option} {within.Message}")));
        return false;
    }
}
