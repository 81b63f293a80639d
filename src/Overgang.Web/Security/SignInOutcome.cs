using NodaTime;

namespace Overgang.Web.Security;

/// <summary>What a sign-in with a name and password gives: the caller, a refusal, or a lockout. The API and the page map it once each.</summary>
public abstract record SignInOutcome
{
    private SignInOutcome()
    {
    }

    /// <summary>Signed in.</summary>
    /// <param name="Caller">Who.</param>
    /// <param name="SecurityStamp">The account's stamp, carried in the cookie or token.</param>
    public sealed record SignedIn(Caller Caller, string SecurityStamp) : SignInOutcome;

    /// <summary>Unknown account, wrong password or a disabled account (one answer, so that it does not tell which).</summary>
    public sealed record Refused : SignInOutcome;

    /// <summary>Too many wrong passwords: no sign-in, not even with the right password, until <paramref name="Until"/>.</summary>
    /// <param name="Until">When the lockout ends.</param>
    /// <param name="RetryAfter">How long that is from now, for the Retry-After header.</param>
    public sealed record Locked(Instant Until, Duration RetryAfter) : SignInOutcome;
}
