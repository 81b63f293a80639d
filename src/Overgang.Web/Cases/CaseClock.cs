using NodaTime;
using Overgang.Rules;

namespace Overgang.Web.Cases;

/// <summary>Today's date and month in the Netherlands, from the injected clock (<see cref="LegalDay"/>).</summary>
internal static class CaseClock
{
    public static LocalDate Today(IClock clock) => LegalDay.Today(clock);

    /// <summary>The date an instant falls on in the Netherlands.</summary>
    public static LocalDate Date(Instant instant) => LegalDay.Of(instant);

    public static YearMonth ThisMonth(IClock clock) => Today(clock).ToYearMonth();
}
