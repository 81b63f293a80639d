using Microsoft.EntityFrameworkCore;

namespace Overgang.Registry;

/// <summary>The registry on PostgreSQL: dates as <c>date</c> and instants as <c>timestamptz</c> through Npgsql's NodaTime plugin.</summary>
public sealed class PostgresRegistryContext(DbContextOptions<PostgresRegistryContext> options) : RegistryContext(options)
{
    /// <inheritdoc/>
    internal override string OrdinalCollation => "C";
}
