using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry;
using Overgang.Registry.Audit;
using Overgang.Registry.Model;

namespace Overgang.Web.Security;

/// <summary>
/// Local accounts: created with a salted, iterated hash (ASP.NET Core Identity's PBKDF2 format) and checked at sign-in.
/// Creating an account is audited.
/// </summary>
public static class AccountStore
{
    private static readonly PasswordHasher<Account> Hasher = new();

    /// <summary>A hash of nothing, checked when the account does not exist, so that timing does not tell which names exist.</summary>
    private static readonly Lazy<string> DummyHash = new(() => Hasher.HashPassword(null!, "no such account"));

    /// <summary>Creates an account for a caller's identity; returns the problem as text when the account cannot be made.</summary>
    public static string? TryCreate(RegistryContext context, Caller identity, string displayName, string password, Instant at, string actor)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(identity);
        if (password.Length < 12)
        {
            return "password: at least 12 characters";
        }

        if (context.Accounts.Any(a => a.UserName == identity.UserName))
        {
            return $"userName: '{identity.UserName}' exists";
        }

        if (identity.MunicipalityCode is { } code && !context.Municipalities.Any(m => m.Code == code))
        {
            return $"municipality: no municipality '{code}'";
        }

        if (identity.PersonId is { } personId && !context.Persons.Any(p => p.Id == personId))
        {
            return $"person: no person '{personId}'";
        }

        var account = new Account
        {
            UserName = identity.UserName,
            DisplayName = displayName,
            PasswordHash = "",
            Role = identity.Role,
            MunicipalityCode = identity.MunicipalityCode,
            PersonId = identity.PersonId,
            Created = at,
        };
        account.PasswordHash = Hasher.HashPassword(account, password);
        context.Accounts.Add(account);
        AuditChain.Append(context, at, new AuditRecord(actor, "account.create", "account:" + identity.UserName, "account created", $"{{\"role\":\"{identity.Role}\"}}"));
        context.SaveChanges();
        return null;
    }

    /// <summary>Checks a name and password; on success gives the caller and the display name.</summary>
    public static bool TryVerify(RegistryContext context, string userName, string password, [NotNullWhen(true)] out Caller? caller, [NotNullWhen(true)] out string? displayName)
    {
        ArgumentNullException.ThrowIfNull(context);
        caller = null;
        displayName = null;
        var account = context.Accounts.AsNoTracking().FirstOrDefault(a => a.UserName == userName);
        if (account is null)
        {
            Hasher.VerifyHashedPassword(null!, DummyHash.Value, password);
            return false;
        }

        if (Hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            return false;
        }

        caller = new Caller(account.UserName, account.Role, account.MunicipalityCode, account.PersonId);
        displayName = account.DisplayName;
        return true;
    }
}
