using ChatConsent.Consent;
using ChatConsent.Hosting;
using ChatConsent.Sites;
using ChatConsent.Visitors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatConsent.Widget;

/// <summary>
/// The widget's bootstrap: its configuration, recording consent, and withdrawing it. These stand
/// outside the consent gate because they are how consent is obtained and ended; none of them
/// sets or reads a cookie of the service.
/// </summary>
public static class WidgetEndpoints
{
    /// <summary>
    /// The identity cookie of one site. Named per site, because two sites' pages can share one
    /// origin, and each would otherwise overwrite or delete the other's identity.
    /// </summary>
    public static string IdentityCookieName(string siteKey) => $"chatconsent_visitor_{siteKey}";

    /// <summary>The sessionStorage entry that says the panel was open on this tab's last page.</summary>
    public static string OpenPanelEntryName(string siteKey) => $"chatconsent.open.{siteKey}";

    public static IEndpointRouteBuilder MapWidget(this IEndpointRouteBuilder app)
    {
        var widget = app.MapGroup("/api/widget/{siteKey}")
            .RequireCors(SiteCorsPolicyProvider.PolicyName)
            .AddEndpointFilter<SiteOriginFilter>()
            .WithTags("Widget");

        widget.MapGet("/config", GetConfigAsync);
        widget.MapPost("/consent", RecordConsentAsync).RequireRateLimiting(RateLimits.Consent);
        widget.MapPost("/withdrawal", WithdrawAsync).RequireRateLimiting(RateLimits.Withdrawal);
        return app;
    }

    private static async Task<Results<Ok<WidgetConfig>, ProblemHttpResult>> GetConfigAsync(
        string siteKey, string? lang, HttpContext context, SiteDirectory sites, CancellationToken cancellationToken)
    {
        var site = await sites.FindByKeyAsync(siteKey, cancellationToken);
        if (site is null)
        {
            return SiteNotFound();
        }

        var language = ConsentNotices.ChooseLanguage(lang, site);
        var links = WidgetLinks.For(site, language, context.Request);
        var notice = ConsentNotices.Render(site, language) with { PrivacyPolicyUrl = links.PrivacyPolicy };
        var optIn = ConsentNotices.RenderOptIn(site, language) with { PrivacyPolicyUrl = links.PrivacyPolicy };
        return TypedResults.Ok(new WidgetConfig(site.Key, site.Name, language, site.PrivacyMode, links,
            WidgetConsentConfig.From(site.Consent), notice, optIn, CookieFor(site)));
    }

    private static async Task<Results<Created<WidgetConsentResponse>, NoContent, ProblemHttpResult>>
        RecordConsentAsync(string siteKey, WidgetConsentRequest request, HttpContext context, SiteDirectory sites,
            ConsentRecorder recorder, PlatformConsentSource platform, ILogger<ConsentRecorder> logger,
            CancellationToken cancellationToken)
    {
        var site = await sites.FindByKeyAsync(siteKey, cancellationToken);
        if (site is null)
        {
            return SiteNotFound();
        }

        var basis = DecisionBasis(site, request, context, platform, logger);
        if (basis.Problem is { } problem)
        {
            return problem;
        }

        if (request.Decision == ConsentChoice.Refused)
        {
            await recorder.RefuseAsync(site, basis.Basis!, cancellationToken);
            return TypedResults.NoContent();
        }

        var issued = await recorder.GrantAsync(site, basis.Basis!, await CurrentSessionAsync(context, site),
            cancellationToken);
        return TypedResults.Created((string?)null,
            new WidgetConsentResponse(issued.VisitorId, issued.Token, issued.Record.Id, CookieFor(site)));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> WithdrawAsync(string siteKey,
        HttpContext context, SiteDirectory sites, ConsentWithdrawal withdrawal, CancellationToken cancellationToken)
    {
        var site = await sites.FindByKeyAsync(siteKey, cancellationToken);
        if (site is null)
        {
            return SiteNotFound();
        }

        // Answers the same whether or not the token was still valid: withdrawing twice is harmless.
        if (await CurrentSessionAsync(context, site) is { } session)
        {
            var gpc = GpcSignal.IsSent(context.Request.Headers["Sec-GPC"]);
            await withdrawal.WithdrawAsync(session.IdentityId, "widget", null, gpc, cancellationToken);
        }

        return TypedResults.NoContent();
    }

    /// <summary>
    /// What a consent decision rests on, checked as every decision is: Global Privacy Control,
    /// the notice version shown, or the platform's own evidence in the request. Continuing by an
    /// e-mail link goes through the same checks, so that a link never bypasses consent.
    /// </summary>
    internal static (ConsentBasis? Basis, ProblemHttpResult? Problem) DecisionBasis(Site site,
        WidgetConsentRequest request, HttpContext context, PlatformConsentSource platform, ILogger logger)
    {
        var language = ConsentNotices.ChooseLanguage(request.Language, site);
        var gpc = ConsentReader.ReadGpc(site.Consent.GpcPolicy, RequestConsentSignals.Of(context, logger));
        if (request.Decision == ConsentChoice.Granted && gpc.Decision.Outcome == ConsentOutcome.Denied)
        {
            return (null, Problems.Result(StatusCodes.Status403Forbidden, ErrorCodes.ConsentDenied,
                "This site does not offer the chat to browsers that send Global Privacy Control."));
        }

        return request.Source == ConsentSourceKind.Platform
            ? PlatformBasis(site, request, language, platform.Read(site, context), gpc.Sent)
            : NoticeBasis(site, request, language, gpc.Sent);
    }

    private static (ConsentBasis? Basis, ProblemHttpResult? Problem) NoticeBasis(
        Site site, WidgetConsentRequest request, string language, bool gpc)
    {
        if (!site.Consent.UsesNotice)
        {
            return (null, Problems.Result(StatusCodes.Status403Forbidden, ErrorCodes.ConsentRequired,
                "This site takes consent for the chat only through its consent platform."));
        }

        var notice = ConsentNotices.Render(site, language);
        return request.NoticeVersion == notice.Version
            ? (ConsentBasis.Notice(notice, gpc), null)
            : (null, NoticeOutdated());
    }

    private static (ConsentBasis? Basis, ProblemHttpResult? Problem) PlatformBasis(
        Site site, WidgetConsentRequest request, string language, ConsentDecision decision, bool gpc)
    {
        if (!site.Consent.UsesPlatform)
        {
            return (null, Problems.Result(StatusCodes.Status403Forbidden, ErrorCodes.ConsentRequired,
                "This site uses no consent platform; record consent with the notice."));
        }

        var expected = request.Decision == ConsentChoice.Granted ? ConsentOutcome.Granted : ConsentOutcome.Denied;
        if (decision.Outcome != expected || decision.Evidence is null)
        {
            var code = decision.Outcome == ConsentOutcome.Denied
                ? ErrorCodes.ConsentDenied
                : ErrorCodes.ConsentRequired;
            return (null, Problems.Result(StatusCodes.Status403Forbidden, code,
                "The site's consent platform does not say so.", decision.RejectionReason));
        }

        var optIn = ConsentNotices.RenderOptIn(site, language);
        if (request.NoticeVersion is not null && request.NoticeVersion != optIn.Version)
        {
            return (null, NoticeOutdated());
        }

        return (ConsentBasis.Platform(decision.Evidence, language, request.NoticeVersion, gpc), null);
    }

    private static async Task<VisitorSession?> CurrentSessionAsync(HttpContext context, Site site) =>
        (await VisitorAuthenticationHandler.SessionForSiteAsync(context, site.Id))?.Session;

    internal static IdentityCookie CookieFor(Site site) =>
        new(IdentityCookieName(site.Key),
            site.CookieLifetimeDays is { } days ? (long)TimeSpan.FromDays(days).TotalSeconds : null);

    private static ProblemHttpResult NoticeOutdated() =>
        Problems.Result(StatusCodes.Status409Conflict, ErrorCodes.NoticeOutdated,
            "The text shown is not the current one.", "Fetch the configuration again and show its text.");

    internal static ProblemHttpResult SiteNotFound() =>
        Problems.Result(StatusCodes.Status404NotFound, ErrorCodes.SiteNotFound, "No site with this key.");
}
