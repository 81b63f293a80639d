using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace Overgang.Registry;

/// <summary>The registry on SQLite, the embedded default: dates as ISO text and instants as fixed-width UTC text, which sort correctly.</summary>
public sealed class SqliteRegistryContext(DbContextOptions<SqliteRegistryContext> options) : RegistryContext(options)
{
    private static readonly InstantPattern _instant = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff'Z'");

    /// <inheritdoc/>
    internal override string OrdinalCollation => "BINARY";

    /// <inheritdoc/>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateText>().HaveMaxLength(10);
        configurationBuilder.Properties<Instant>().HaveConversion<InstantText>().HaveMaxLength(28);
    }

    private sealed class LocalDateText() : ValueConverter<LocalDate, string>(
        d => LocalDatePattern.Iso.Format(d),
        s => LocalDatePattern.Iso.Parse(s).GetValueOrThrow());

    private sealed class InstantText() : ValueConverter<Instant, string>(
        i => _instant.Format(i),
        s => _instant.Parse(s).GetValueOrThrow());
}
