using System.Collections.Immutable;

namespace Overgang.Web.Security;

/// <summary>The roles of the application; each has a scope (see <see cref="Caller"/>).</summary>
public static class Roles
{
    /// <summary>A municipal case worker: persons, households and locations of their own municipality only.</summary>
    public const string CaseWorker = "caseworker";

    /// <summary>An IND officer: decisions and the work queue in every municipality; allowance read-only.</summary>
    public const string Ind = "ind";

    /// <summary>A ministry analyst: aggregates only, never a person's data.</summary>
    public const string Analyst = "analyst";

    /// <summary>An administrator: everything, including batch runs and accounts.</summary>
    public const string Admin = "admin";

    /// <summary>A displaced person: their own record only.</summary>
    public const string Person = "person";

    /// <summary>A departure-service (DTenV) officer: the return programme, read and write, in every municipality; nothing else.</summary>
    public const string Departure = "departure";

    /// <summary>Every role.</summary>
    public static ImmutableArray<string> All { get; } = [CaseWorker, Ind, Analyst, Admin, Person, Departure];
}
