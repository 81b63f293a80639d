using Microsoft.AspNetCore.Authorization;

namespace Overgang.Web.Security;

/// <summary>
/// The authorisation policies by name. A policy only admits roles; what a role may see inside an endpoint (its own
/// municipality, its own record) is <see cref="Caller"/>'s to decide.
/// </summary>
public static class AccessPolicies
{
    /// <summary>Any signed-in caller with a valid role and scope.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>Staff who work with persons' records: case workers, the IND, administrators.</summary>
    public const string Staff = "staff";

    /// <summary>Staff and analysts: aggregates without personal data.</summary>
    public const string Aggregates = "aggregates";

    /// <summary>Analysts and administrators: national statistics (the report to the EU temporary-protection platform).</summary>
    public const string Statistics = "statistics";

    /// <summary>The IND and administrators: the decisions work queue and decision runs.</summary>
    public const string Decisions = "decisions";

    /// <summary>Administrators only: batch runs, accounts.</summary>
    public const string Administration = "administration";

    /// <summary>A displaced person: their own page.</summary>
    public const string OwnRecord = "own-record";

    /// <summary>The return programme: DTenV, the IND, administrators, and case workers (their own municipality, read only).</summary>
    public const string ReturnProgramme = "return-programme";

    /// <summary>The return programme's caseload (aggregates): as <see cref="ReturnProgramme"/>, and analysts.</summary>
    public const string ReturnCaseload = "return-caseload";

    /// <summary>Registers the policies.</summary>
    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(SignedIn, Admit(Roles.All.ToArray()));
        options.AddPolicy(Staff, Admit(Roles.CaseWorker, Roles.Ind, Roles.Admin));
        options.AddPolicy(Aggregates, Admit(Roles.CaseWorker, Roles.Ind, Roles.Analyst, Roles.Admin));
        options.AddPolicy(Statistics, Admit(Roles.Analyst, Roles.Admin));
        options.AddPolicy(Decisions, Admit(Roles.Ind, Roles.Admin));
        options.AddPolicy(Administration, Admit(Roles.Admin));
        options.AddPolicy(OwnRecord, Admit(Roles.Person));
        options.AddPolicy(ReturnProgramme, Admit(Roles.Departure, Roles.Ind, Roles.Admin, Roles.CaseWorker));
        options.AddPolicy(ReturnCaseload, Admit(Roles.Departure, Roles.Ind, Roles.Admin, Roles.CaseWorker, Roles.Analyst));
        options.FallbackPolicy = null;
    }

    private static AuthorizationPolicy Admit(params string[] roles) => new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .RequireAssertion(context => Caller.From(context.User) is { } caller && roles.Contains(caller.Role, StringComparer.Ordinal))
        .Build();
}
