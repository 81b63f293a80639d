using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace Overgang.Registry;

/// <summary>
/// The registry on SQLite, the embedded default: dates as ISO text, instants as integers (100-nanosecond ticks since
/// 1970-01-01T00:00Z, the precision of the fixed-width UTC text they were stored as before migration
/// <c>CompactStorage</c>), which sort and compare correctly.
/// </summary>
public sealed class SqliteRegistryContext(DbContextOptions<SqliteRegistryContext> options) : RegistryContext(options)
{
    /// <inheritdoc/>
    internal override string OrdinalCollation => "BINARY";

    /// <inheritdoc/>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateText>().HaveMaxLength(10);
        configurationBuilder.Properties<Instant>().HaveConversion<InstantTicks>();
    }

    /// <summary>A date as ISO text (internal: the compiled model, CompiledModels/Sqlite, names it).</summary>
    internal sealed class LocalDateText() : ValueConverter<LocalDate, string>(
        d => LocalDatePattern.Iso.Format(d),
        s => LocalDatePattern.Iso.Parse(s).GetValueOrThrow());

    /// <summary>An instant as its ticks since the Unix epoch: 8 bytes at most where its text took 28 (docs/adr/0010-stored-decisions.md).</summary>
    internal sealed class InstantTicks() : ValueConverter<Instant, long>(
        i => i.ToUnixTimeTicks(),
        t => Instant.FromUnixTimeTicks(t));
}
