using NodaTime;

namespace Overgang.Web.Cases;

/// <summary>Today's date and month in the Netherlands, from the injected clock.</summary>
internal static class CaseClock
{
    private static readonly DateTimeZone _netherlands = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    public static LocalDate Today(IClock clock) => clock.GetCurrentInstant().InZone(_netherlands).Date;

    public static YearMonth ThisMonth(IClock clock) => Today(clock).ToYearMonth();
}
