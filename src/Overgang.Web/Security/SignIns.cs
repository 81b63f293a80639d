using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Overgang.Registry;
using Overgang.Web.Audit;
using Overgang.Web.Hosting;

namespace Overgang.Web.Security;

/// <summary>
/// Sign-in with a local account's name and password, for the sign-in page and the token endpoint alike: counts wrong
/// passwords per account in the registry (so the count holds across requests, servers and restarts), locks the
/// account for a growing time after <see cref="WebLimits.LockoutAfterFailures"/> in a row, refuses even the right
/// password while locked, and writes every failed attempt to the audit log.
/// </summary>
public sealed class SignIns(RegistryContext context, AccessLog log, IClock clock, WebSettings settings)
{
    private const int MaxLoggedNameLength = 64;

    /// <summary>Checks a name and password; <paramref name="address"/> (the client's) goes into the audit entry of a failure.</summary>
    public async Task<SignInOutcome> SignInAsync(string userName, string password, string? address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentNullException.ThrowIfNull(password);
        var limits = settings.Limits;
        var now = clock.GetCurrentInstant();
        var account = await context.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.UserName == userName, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            AccountStore.PasswordMatches(null, password);
            await FailedAsync(userName, "unknown account", address, null, null, cancellationToken).ConfigureAwait(false);
            return new SignInOutcome.Refused();
        }

        if (account.LockedUntil is { } locked && locked > now)
        {
            await FailedAsync(userName, "locked", address, account.FailedSignIns, locked, cancellationToken).ConfigureAwait(false);
            return new SignInOutcome.Locked(locked, locked - now);
        }

        if (!AccountStore.PasswordMatches(account, password))
        {
            // Counted in the database, atomically, so that parallel attempts each count.
            await context.Accounts.Where(a => a.UserName == userName)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.FailedSignIns, a => a.FailedSignIns + 1), cancellationToken).ConfigureAwait(false);
            var failures = await context.Accounts.AsNoTracking().Where(a => a.UserName == userName).Select(a => a.FailedSignIns).FirstAsync(cancellationToken).ConfigureAwait(false);
            Instant? until = limits.LockoutAfter(failures) is { } lockout ? now + lockout : null;
            if (until is { } u)
            {
                await context.Accounts.Where(a => a.UserName == userName)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.LockedUntil, u), cancellationToken).ConfigureAwait(false);
            }

            await FailedAsync(userName, "wrong password", address, failures, until, cancellationToken).ConfigureAwait(false);
            return until is { } lockedNow ? new SignInOutcome.Locked(lockedNow, lockedNow - now) : new SignInOutcome.Refused();
        }

        if (account.Disabled)
        {
            await FailedAsync(userName, "account disabled", address, null, null, cancellationToken).ConfigureAwait(false);
            return new SignInOutcome.Refused();
        }

        if (account.FailedSignIns != 0 || account.LockedUntil is not null)
        {
            await context.Accounts.Where(a => a.UserName == userName)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.FailedSignIns, 0).SetProperty(a => a.LockedUntil, (Instant?)null), cancellationToken).ConfigureAwait(false);
        }

        return new SignInOutcome.SignedIn(new Caller(account.UserName, account.Role, account.MunicipalityCode, account.PersonId), account.SecurityStamp);
    }

    /// <summary>Signs a local account out everywhere: a new security stamp revokes all its cookies and tokens at once. Audited.</summary>
    public async Task SignOutEverywhereAsync(Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var changed = await context.Accounts.Where(a => a.UserName == caller.UserName)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.SecurityStamp, Registry.Model.Account.NewSecurityStamp()), cancellationToken).ConfigureAwait(false);
        if (changed > 0)
        {
            await log.AccountAsync(context, caller.Actor, "account.sign-out", caller.UserName, "signed out: every cookie and token of the account revoked", "{}", cancellationToken).ConfigureAwait(false);
        }
    }

    private Task FailedAsync(string userName, string reason, string? address, int? failures, Instant? lockedUntil, CancellationToken cancellationToken)
    {
        var name = userName.Length > MaxLoggedNameLength ? userName[..MaxLoggedNameLength] : userName;
        var data = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["address"] = address,
            ["failures"] = failures,
            ["lockedUntil"] = lockedUntil is { } at ? InstantPattern.ExtendedIso.Format(at) : null,
        });
        return log.AccountAsync(context, "anonymous", "account.sign-in-failed", name, reason, data, cancellationToken);
    }

    /// <summary>Retry-After in whole seconds, at least 1.</summary>
    public static string RetryAfterSeconds(Duration wait) =>
        Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
