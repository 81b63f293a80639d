using System.CommandLine;
using Overgang.Registry;

namespace Overgang.Cli;

/// <summary>The <c>--database</c> option of every registry command: an SQLite file (default) or a PostgreSQL connection string.</summary>
internal static class DatabaseOption
{
    /// <summary>The environment variable that sets the database when the option is not given.</summary>
    public const string EnvironmentVariable = "OVERGANG_DATABASE";

    public static Option<string?> Create() => new("--database", "--db")
    {
        Description = $"SQLite file or PostgreSQL connection string (Host=...; or postgresql://...). Default: ${EnvironmentVariable}, else {RegistryDatabase.DefaultSqlitePath}.",
    };

    public static RegistryDatabase Resolve(string? value) =>
        RegistryDatabase.Parse(value ?? Environment.GetEnvironmentVariable(EnvironmentVariable));
}
