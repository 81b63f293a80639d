using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Overgang.Rules.Parameters;

namespace Overgang.Rules.Transition;

/// <summary>The last day of temporary protection as the parameters give it, for callers outside the rules (default dates, banners).</summary>
public static class ProtectionEnd
{
    /// <summary>The last day of temporary protection in force on <paramref name="date"/>; refuses when it is unknown then.</summary>
    public static bool TryLastDay(ParameterTree parameters, LocalDate date, out LocalDate lastDay, [NotNullWhen(false)] out MissingParameter? missing)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.TryRead(TransitionSchedule.LastDayId, date, out var value, out missing))
        {
            lastDay = value.Date;
            return true;
        }

        lastDay = default;
        return false;
    }

    /// <summary>
    /// The last day of the reception year after protection ends (the last day of protection plus
    /// <c>transition.return.reception-years</c>, provisional): the last month any provision of the scheme can run.
    /// </summary>
    public static bool TryReceptionYearEnd(ParameterTree parameters, LocalDate date, out LocalDate lastDay, [NotNullWhen(false)] out MissingParameter? missing)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!TryLastDay(parameters, date, out var end, out missing) || !parameters.TryRead("transition.return.reception-years", date, out var years, out missing))
        {
            lastDay = default;
            return false;
        }

        lastDay = end.PlusYears((int)years.Number);
        return true;
    }
}
