using System.Security.Claims;

namespace Overgang.Web.Security;

/// <summary>
/// Who is asking, and so what they may see: the one place where a role's scope is decided. Every endpoint and page asks
/// this type, never the claims directly.
/// </summary>
/// <param name="UserName">The account or the subject of the token.</param>
/// <param name="Role">One of <see cref="Roles"/>.</param>
/// <param name="MunicipalityCode">A case worker's municipality, else <c>null</c>.</param>
/// <param name="PersonId">A displaced person's own record, else <c>null</c>.</param>
public sealed record Caller(string UserName, string Role, string? MunicipalityCode, string? PersonId)
{
    /// <summary>Reads the caller from an authenticated principal; <c>null</c> when a claim the role needs is missing.</summary>
    public static Caller? From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true || principal.Identity.Name is not { Length: > 0 } name)
        {
            return null;
        }

        var role = principal.FindFirstValue(ClaimTypes.Role);
        var municipality = principal.FindFirstValue(OvergangClaims.Municipality);
        var person = principal.FindFirstValue(OvergangClaims.Person);
        return role switch
        {
            Roles.CaseWorker when municipality is { Length: > 0 } => new Caller(name, role, municipality, null),
            Roles.Person when person is { Length: > 0 } => new Caller(name, role, null, person),
            Roles.Ind or Roles.Analyst or Roles.Admin or Roles.Departure => new Caller(name, role, null, null),
            _ => null,
        };
    }

    /// <summary>The claims identity of this caller for an authentication scheme, with a local account's security stamp.</summary>
    public ClaimsPrincipal ToPrincipal(string authenticationType, string? securityStamp = null)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, UserName), new(ClaimTypes.Role, Role) };
        if (securityStamp is not null)
        {
            claims.Add(new Claim(OvergangClaims.Stamp, securityStamp));
        }

        if (MunicipalityCode is not null)
        {
            claims.Add(new Claim(OvergangClaims.Municipality, MunicipalityCode));
        }

        if (PersonId is not null)
        {
            claims.Add(new Claim(OvergangClaims.Person, PersonId));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>The actor written to the audit log.</summary>
    public string Actor => $"{Role}:{UserName}";

    /// <summary>True for roles that may see personal data at all (everyone but the analyst).</summary>
    public bool SeesPersonalData => Role != Roles.Analyst;

    /// <summary>True when the caller may read a person living in a municipality.</summary>
    public bool MayRead(string personId, string municipalityCode) => Role switch
    {
        Roles.Admin or Roles.Ind => true,
        Roles.CaseWorker => string.Equals(MunicipalityCode, municipalityCode, StringComparison.Ordinal),
        Roles.Person => string.Equals(PersonId, personId, StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>True when the caller may change a person's facts (the IND and the person themselves read only).</summary>
    public bool MayChange(string personId, string municipalityCode) =>
        Role is Roles.Admin || (Role is Roles.CaseWorker && MayRead(personId, municipalityCode));

    /// <summary>True when the caller may read anything of a municipality (locations, occupancy, payment lists).</summary>
    public bool MayReadMunicipality(string municipalityCode) => Role switch
    {
        Roles.Admin or Roles.Ind or Roles.Analyst => true,
        Roles.CaseWorker => string.Equals(MunicipalityCode, municipalityCode, StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>True when the caller may read a person's return-programme enrolment: DTenV, the IND and administrators everywhere, a case worker in their municipality.</summary>
    public bool MayReadReturn(string municipalityCode) => Role switch
    {
        Roles.Admin or Roles.Ind or Roles.Departure => true,
        Roles.CaseWorker => string.Equals(MunicipalityCode, municipalityCode, StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>True when the caller may record enrolments, visits, courses, withdrawals and departures: DTenV, the IND and administrators.</summary>
    public bool MayChangeReturn => Role is Roles.Admin or Roles.Ind or Roles.Departure;

    /// <summary>The one municipality a search is limited to, or <c>null</c> for every municipality.</summary>
    public string? SearchMunicipality => Role == Roles.CaseWorker ? MunicipalityCode : null;
}
