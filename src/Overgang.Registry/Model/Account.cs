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

    /// <summary>
    /// A random value that every sign-in cookie and bearer token of the account carries; changing it (sign-out, a new
    /// password, disabling the account) revokes them all at once, because each request compares the two.
    /// </summary>
    public string SecurityStamp { get; set; } = NewSecurityStamp();

    /// <summary>True when the account may not sign in and its cookies and tokens are refused.</summary>
    public bool Disabled { get; set; }

    /// <summary>Wrong passwords since the last successful sign-in.</summary>
    public int FailedSignIns { get; set; }

    /// <summary>Until when sign-in is refused after too many wrong passwords, even with the right one; <c>null</c> when not locked.</summary>
    public Instant? LockedUntil { get; set; }

    /// <summary>A fresh security stamp: 128 random bits as hex.</summary>
    public static string NewSecurityStamp() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
}
