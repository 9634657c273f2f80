using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ChatConsent.Hosting;

/// <summary>Rate-limit policies for endpoints that create rows on behalf of anonymous callers.</summary>
public static class RateLimits
{
    public const string Consent = "consent";

    /// <summary>Its own, more generous bucket: withdrawing must never be harder than consenting.</summary>
    public const string Withdrawal = "withdrawal";

    /// <summary>Asking for an e-mail link or leaving an address: each sends a mail.</summary>
    public const string LinkRequest = "link-request";

    public static IServiceCollection AddChatRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (rejected, _) =>
            {
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds))
                        .ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return new ValueTask(Problems.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests,
                    ErrorCodes.RateLimited, "Too many requests; try again shortly."));
            };

            // The address partitions the counter in memory only; it is never stored or logged.
            limiter.AddPolicy(Consent, context => PerClientPerMinute(context, 30));
            limiter.AddPolicy(Withdrawal, context => PerClientPerMinute(context, 120));
            limiter.AddPolicy(LinkRequest, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(15) }));
        });
        return services;
    }

    private static RateLimitPartition<string> PerClientPerMinute(HttpContext context, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1) });
}
