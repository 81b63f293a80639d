namespace Overgang.Web.Security;

/// <summary>The claim types the application reads besides name and role, from a local account or an OpenID Connect token.</summary>
public static class OvergangClaims
{
    /// <summary>The CBS code of a case worker's municipality.</summary>
    public const string Municipality = "overgang:municipality";

    /// <summary>The registry id of a displaced person's own record.</summary>
    public const string Person = "overgang:person";

    /// <summary>The security stamp of a local account at sign-in (see <see cref="AccountCheck"/>).</summary>
    public const string Stamp = "overgang:stamp";
}
