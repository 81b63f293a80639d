namespace Overgang.Web.Security;

/// <summary>
/// OpenID Connect sign-in for production, from the configuration section <c>Overgang:Oidc</c> (for example the
/// environment variables <c>Overgang__Oidc__Authority</c>, <c>Overgang__Oidc__ClientId</c>, ...). Unset: local
/// accounts only.
/// </summary>
public sealed class OidcSettings
{
    /// <summary>The issuer, such as <c>https://login.example.nl/realms/overgang</c>.</summary>
    public string? Authority { get; set; }

    /// <summary>The client id registered with the issuer.</summary>
    public string? ClientId { get; set; }

    /// <summary>The client secret (from a secret store, never from a file in the repository).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The claim that carries the role (one of the application's roles).</summary>
    public string RoleClaim { get; set; } = "overgang_role";

    /// <summary>The claim that carries a case worker's municipality code.</summary>
    public string MunicipalityClaim { get; set; } = "overgang_municipality";

    /// <summary>The claim that carries a displaced person's registry id.</summary>
    public string PersonClaim { get; set; } = "overgang_person";

    /// <summary>False to refuse local accounts (production with OpenID Connect).</summary>
    public bool LocalAccounts { get; set; } = true;

    /// <summary>True when an issuer is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
