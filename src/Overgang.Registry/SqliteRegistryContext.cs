using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Overgang.Registry;

/// <summary>
/// The registry on SQLite, the embedded default: dates as integers (days since 1970-01-01, the ISO text they were stored as
/// before migration <c>CompactDates</c>), instants as integers (100-nanosecond ticks since 1970-01-01T00:00Z, the
/// precision of the fixed-width UTC text they were stored as before migration <c>CompactStorage</c>); both sort and
/// compare correctly.
/// </summary>
public sealed class SqliteRegistryContext(DbContextOptions<SqliteRegistryContext> options) : RegistryContext(options)
{
    /// <inheritdoc/>
    internal override string OrdinalCollation => "BINARY";

    /// <inheritdoc/>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateDays>();
        configurationBuilder.Properties<Instant>().HaveConversion<InstantTicks>();
    }

    /// <summary>
    /// A date as its days since 1970-01-01 (negative before): 2 bytes for the years 1880 to 2059 where its ISO text took
    /// 10 (docs/adr/0010-stored-decisions.md). In SQL the date is <c>date("Due" * 86400, 'unixepoch')</c>.
    /// </summary>
    internal sealed class LocalDateDays() : ValueConverter<LocalDate, int>(
        d => d.ToDateOnly().DayNumber - UnixEpochDayNumber,
        n => LocalDate.FromDateOnly(DateOnly.FromDayNumber(n + UnixEpochDayNumber)));

    /// <summary><see cref="DateOnly.DayNumber"/> of 1970-01-01.</summary>
    internal const int UnixEpochDayNumber = 719_162;

    /// <summary>An instant as its ticks since the Unix epoch: 8 bytes at most where its text took 28 (docs/adr/0010-stored-decisions.md).</summary>
    internal sealed class InstantTicks() : ValueConverter<Instant, long>(
        i => i.ToUnixTimeTicks(),
        t => Instant.FromUnixTimeTicks(t));
}
