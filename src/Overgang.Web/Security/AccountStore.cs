using Microsoft.AspNetCore.Identity;
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

    /// <summary>
    /// True when the password is the account's; without an account a hash of nothing is checked, so that timing does not
    /// tell which names exist.
    /// </summary>
    public static bool PasswordMatches(Account? account, string password)
    {
        if (account is null)
        {
            Hasher.VerifyHashedPassword(null!, DummyHash.Value, password);
            return false;
        }

        return Hasher.VerifyHashedPassword(account, account.PasswordHash, password) != PasswordVerificationResult.Failed;
    }

    /// <summary>Sets a new password; the new security stamp revokes every cookie and token of the account. Audited.</summary>
    public static string? TryChangePassword(RegistryContext context, string userName, string password, Instant at, string actor)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(password);
        if (password.Length < 12)
        {
            return "password: at least 12 characters";
        }

        var account = context.Accounts.FirstOrDefault(a => a.UserName == userName);
        if (account is null)
        {
            return $"userName: no account '{userName}'";
        }

        account.PasswordHash = Hasher.HashPassword(account, password);
        account.SecurityStamp = Account.NewSecurityStamp();
        account.FailedSignIns = 0;
        account.LockedUntil = null;
        AuditChain.Append(context, at, new AuditRecord(actor, "account.password", "account:" + userName, "password changed: every cookie and token revoked", "{}"));
        context.SaveChanges();
        return null;
    }

    /// <summary>Disables or enables an account; either way the new security stamp revokes its cookies and tokens. Audited.</summary>
    public static string? TrySetDisabled(RegistryContext context, string userName, bool disabled, Instant at, string actor)
    {
        ArgumentNullException.ThrowIfNull(context);
        var account = context.Accounts.FirstOrDefault(a => a.UserName == userName);
        if (account is null)
        {
            return $"userName: no account '{userName}'";
        }

        account.Disabled = disabled;
        account.SecurityStamp = Account.NewSecurityStamp();
        AuditChain.Append(context, at, new AuditRecord(actor, disabled ? "account.disable" : "account.enable", "account:" + userName, disabled ? "account disabled: every cookie and token revoked" : "account enabled", "{}"));
        context.SaveChanges();
        return null;
    }
}
