using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Overgang.Web.Security;

namespace Overgang.Web.Hosting;

/// <summary>
/// ASP.NET Core's rate limiter, one chain for every request: sign-in attempts and requests without an account per
/// client address; calculations per account, or per client address for callers without an account (a token bucket and
/// a concurrency limit), and for all callers together (a concurrency limit, which bounds the memory calculations hold
/// at once). A refused request gets 429 problem details with Retry-After.
/// </summary>
internal static class RateLimits
{
    /// <summary>Marks an endpoint as an expensive calculation (<c>/calc</c>, <c>/decide</c>).</summary>
    public sealed class Calculation
    {
        public static Calculation Instance { get; } = new();

        private Calculation()
        {
        }
    }

    public static void Add(IServiceCollection services, WebLimits limits)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectedAsync;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsSignIn(context)
                    ? RateLimitPartition.GetTokenBucketLimiter("sign-in:" + Address(context), _ => Bucket(limits.SignInsPerMinutePerAddress))
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(context => context.User.Identity?.IsAuthenticated != true
                    ? RateLimitPartition.GetFixedWindowLimiter("anonymous:" + Address(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limits.AnonymousPerMinutePerAddress,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(context => CalculationCaller(context) switch
                {
                    { } account when account.StartsWith(AccountPrefix, StringComparison.Ordinal) => RateLimitPartition.GetTokenBucketLimiter("calc:" + account, _ => Bucket(limits.CalculationsPerMinutePerAccount)),
                    { } address => RateLimitPartition.GetTokenBucketLimiter("calc:" + address, _ => Bucket(limits.CalculationsPerMinutePerAddress)),
                    null => RateLimitPartition.GetNoLimiter(""),
                }),
                PartitionedRateLimiter.Create<HttpContext, string>(context => CalculationCaller(context) is { } caller
                    ? RateLimitPartition.GetConcurrencyLimiter("calc-at-once:" + caller, _ => new ConcurrencyLimiterOptions { PermitLimit = limits.CalculationsAtOncePerAccount, QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(context => CalculationCaller(context) is not null
                    ? RateLimitPartition.GetConcurrencyLimiter("calc-at-once", _ => new ConcurrencyLimiterOptions { PermitLimit = limits.CalculationsAtOnce, QueueLimit = 4, QueueProcessingOrder = QueueProcessingOrder.OldestFirst })
                    : RateLimitPartition.GetNoLimiter("")));
        });
    }

    private static TokenBucketRateLimiterOptions Bucket(int perMinute) => new()
    {
        TokenLimit = perMinute,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TimeSpan.FromMinutes(1) / perMinute,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static bool IsSignIn(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method)
        && (context.Request.Path.Equals("/api/v1/auth/token", StringComparison.OrdinalIgnoreCase) || context.Request.Path.Equals("/sign-in", StringComparison.OrdinalIgnoreCase));

    private const string AccountPrefix = "account:";

    /// <summary>
    /// Who a request to a calculation endpoint counts against: <c>account:{name}</c> when signed in, else
    /// <c>address:{client address}</c> (the connection's remote address, as for sign-ins); <c>null</c> for any other request.
    /// </summary>
    private static string? CalculationCaller(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<Calculation>() is null ? null
        : Caller.From(context.User) is { } caller ? AccountPrefix + caller.UserName
        : "address:" + Address(context);

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask RejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 1;
        var http = rejected.HttpContext;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problem = TypedResults.Problem(
            detail: $"too many requests: try again in {seconds} s",
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests");
        await problem.ExecuteAsync(http).ConfigureAwait(false);
    }
}
