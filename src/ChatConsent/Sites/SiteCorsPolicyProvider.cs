using ChatConsent.Consent;
using Microsoft.AspNetCore.Cors.Infrastructure;

namespace ChatConsent.Sites;

/// <summary>
/// Answers CORS for the visitor-facing endpoints with exactly the origins the named site allows,
/// so one site's pages can never call the service on behalf of another's.
/// </summary>
internal sealed class SiteCorsPolicyProvider(SiteDirectory sites) : ICorsPolicyProvider
{
    public const string PolicyName = "site-origins";

    private static readonly CorsPolicy Closed = new CorsPolicyBuilder().Build();

    public async Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName)
    {
        if (policyName != PolicyName)
        {
            return null;
        }

        var site = await sites.FindByKeyAsync(SiteDirectory.KeyOf(context), context.RequestAborted);
        if (site is null || site.AllowedOrigins.Count == 0)
        {
            return Closed;
        }

        // The widget sends its token in a header, never a cookie of ours, so credentials stay off.
        return new CorsPolicyBuilder()
            .WithOrigins([.. site.AllowedOrigins])
            .WithMethods("GET", "POST", "DELETE")
            .WithHeaders("Authorization", "Content-Type", "X-Requested-With", "X-SignalR-User-Agent",
                ForwardedEvidence.HeaderName)
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))
            .Build();
    }
}
