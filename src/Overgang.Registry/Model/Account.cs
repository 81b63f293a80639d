using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>
/// A local account of the web application (the embedded default; production signs in through OpenID Connect and has
/// no rows here). The role and its scope, a municipality or a person, decide what the account may see.
/// </summary>
public sealed class Account
{
    /// <summary>The sign-in name, unique, compared ordinally.</summary>
    public required string UserName { get; set; }

    /// <summary>The name shown in the application.</summary>
    public required string DisplayName { get; set; }

    /// <summary>The salted, iterated password hash (ASP.NET Core Identity's PBKDF2 format); never the password.</summary>
    public required string PasswordHash { get; set; }

    /// <summary>One of <c>caseworker</c>, <c>ind</c>, <c>analyst</c>, <c>admin</c>, <c>person</c>.</summary>
    public required string Role { get; set; }

    /// <summary>The municipality a case worker works for; <c>null</c> for every other role.</summary>
    public string? MunicipalityCode { get; set; }

    /// <summary>The person a displaced person's account belongs to; <c>null</c> for every other role.</summary>
    public string? PersonId { get; set; }

    /// <summary>When the account was created.</summary>
    public Instant Created { get; set; }
}
