using NodaTime;

namespace Overgang.Rules;

/// <summary>
/// The one notion of "today": the date in the Netherlands (Europe/Amsterdam) from an instant or the injected clock.
/// Legal dates are Dutch dates; an instant just after midnight in Amsterdam is already the next day, whatever UTC says.
/// </summary>
public static class LegalDay
{
    /// <summary>The time zone legal dates are read in.</summary>
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    /// <summary>Today's date in the Netherlands.</summary>
    public static LocalDate Today(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Of(clock.GetCurrentInstant());
    }

    /// <summary>The date an instant falls on in the Netherlands.</summary>
    public static LocalDate Of(Instant instant) => instant.InZone(Zone).Date;
}
