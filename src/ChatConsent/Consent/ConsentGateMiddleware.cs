using ChatConsent.Hosting;
using ChatConsent.Sites;
using ChatConsent.Visitors;
using Microsoft.Net.Http.Headers;

namespace ChatConsent.Consent;

/// <summary>
/// Stands in front of the visitor hub and the visitor API. A request passes only with a valid
/// identity for the named site, from an allowed origin, backed by consent that holds right now.
/// Everything else is refused here with a problem response and never reaches the hub.
/// </summary>
internal sealed partial class ConsentGateMiddleware(
    RequestDelegate next, TimeProvider clock, ILogger<ConsentGateMiddleware> logger)
{
    // A session cookie lives as long as the browser; the service cannot see that, so it gives
    // such an identity a day, which outlasts any one visit.
    private static readonly TimeSpan SessionIdentityLifetime = TimeSpan.FromDays(1);

    public async Task InvokeAsync(HttpContext context, SiteDirectory sites, ConsentGate gate,
        ConsentWithdrawal withdrawal)
    {
        // A path no endpoint answers is a plain 404, whatever site it names.
        if (!VisitorPaths.IsGated(context.Request.Path) || HttpMethods.IsOptions(context.Request.Method)
            || context.GetEndpoint() is null)
        {
            await next(context);
            return;
        }

        var site = await sites.FindByKeyAsync(SiteDirectory.KeyOf(context), context.RequestAborted);
        if (site is null)
        {
            await Problems.WriteAsync(context, StatusCodes.Status404NotFound, ErrorCodes.SiteNotFound,
                "No site with this key.", "Pass the site key from the script tag as 'site'.");
            return;
        }

        var origin = context.Request.Headers[HeaderNames.Origin].ToString();
        if (!site.AllowsRequestOrigin(origin) && !SiteOrigins.IsServiceOrigin(context, origin))
        {
            LogOriginRefused(logger, site.Id);
            await Problems.WriteAsync(context, StatusCodes.Status403Forbidden, ErrorCodes.OriginNotAllowed,
                "This page's origin may not use the chat of this site.");
            return;
        }

        var refusal = await AdmitAsync(context, site, gate, withdrawal);
        if (refusal is not null)
        {
            await RefuseAsync(context, refusal);
            return;
        }

        await next(context);
    }

    /// <returns>The error code to refuse with, or null when the request may pass.</returns>
    private async Task<string?> AdmitAsync(HttpContext context, Site site, ConsentGate gate,
        ConsentWithdrawal withdrawal)
    {
        var session = await AuthenticateAsync(context, site);
        if (session is null || OutlivedCookie(site, session))
        {
            return ErrorCodes.ConsentRequired;
        }

        var signals = RequestConsentSignals.Of(context, logger);
        if (ConsentReader.ReadGpc(site.Consent.GpcPolicy, signals).Decision.Outcome == ConsentOutcome.Denied)
        {
            return ErrorCodes.ConsentDenied;
        }

        var decision = await gate.EvaluateAsync(new ConsentRequest(context, site, session), context.RequestAborted);
        if (decision.Outcome == ConsentOutcome.Denied)
        {
            await withdrawal.EndPlatformGrantAsync(session, decision, signals.GlobalPrivacyControl,
                context.RequestAborted);
            return ErrorCodes.ConsentDenied;
        }

        if (decision.Outcome != ConsentOutcome.Granted)
        {
            return ErrorCodes.ConsentRequired;
        }

        context.Features.Set(session);
        return null;
    }

    // The identity lives no longer than the cookie the site promises, and a shortened lifetime
    // applies to every visitor at once, not only to cookies set after the change.
    private bool OutlivedCookie(Site site, VisitorSession session)
    {
        var lifetime = site.CookieLifetimeDays is { } days ? TimeSpan.FromDays(days) : SessionIdentityLifetime;
        return clock.GetUtcNow() - session.IssuedAt > lifetime;
    }

    private static async Task<VisitorSession?> AuthenticateAsync(HttpContext context, Site site)
    {
        if (await VisitorAuthenticationHandler.SessionForSiteAsync(context, site.Id) is not { } found)
        {
            return null;
        }

        context.User = found.Principal;
        return found.Session;
    }

    private static Task RefuseAsync(HttpContext context, string code) => code == ErrorCodes.ConsentDenied
        ? Problems.WriteAsync(context, StatusCodes.Status403Forbidden, code,
            "The visitor declined the chat in the site's consent settings.")
        : Problems.WriteAsync(context, StatusCodes.Status403Forbidden, code,
            "The chat needs the visitor's consent first.",
            "Record consent with POST /api/widget/{siteKey}/consent and present the token it returns.");

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning,
        Message = "Refused a visitor request for site {SiteId} from an origin the site does not allow")]
    private static partial void LogOriginRefused(ILogger logger, Guid siteId);
}
