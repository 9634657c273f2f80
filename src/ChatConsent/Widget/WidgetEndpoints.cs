using ChatConsent.Consent;
using ChatConsent.Hosting;
using ChatConsent.Sites;
using ChatConsent.Visitors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatConsent.Widget;

/// <summary>
/// The widget's bootstrap: its configuration and the recording of consent. These stand outside
/// the consent gate because they are how consent is obtained; neither sets or reads a cookie.
/// </summary>
public static class WidgetEndpoints
{
    public const string IdentityCookieName = "chatconsent_visitor";

    public static IEndpointRouteBuilder MapWidget(this IEndpointRouteBuilder app)
    {
        var widget = app.MapGroup("/api/widget/{siteKey}")
            .RequireCors(SiteCorsPolicyProvider.PolicyName)
            .WithTags("Widget");

        widget.MapGet("/config", GetConfigAsync);
        widget.MapPost("/consent", GrantConsentAsync).RequireRateLimiting(RateLimits.Consent);
        return app;
    }

    private static async Task<Results<Ok<WidgetConfig>, ProblemHttpResult>> GetConfigAsync(
        string siteKey, string? lang, SiteDirectory sites, CancellationToken cancellationToken)
    {
        var site = await sites.FindByKeyAsync(siteKey, cancellationToken);
        if (site is null)
        {
            return SiteNotFound();
        }

        var language = ConsentNotices.ChooseLanguage(lang, site.DefaultLanguage);
        var notice = ConsentNotices.Render(site, language);
        return TypedResults.Ok(new WidgetConfig(site.Key, site.Name, language, "notice", notice, CookieFor(site)));
    }

    private static async Task<Results<Created<NoticeConsentResponse>, ProblemHttpResult>> GrantConsentAsync(
        string siteKey, NoticeConsentRequest request, HttpContext context, SiteDirectory sites,
        NoticeConsentRecorder recorder, CancellationToken cancellationToken)
    {
        var site = await sites.FindByKeyAsync(siteKey, cancellationToken);
        if (site is null)
        {
            return SiteNotFound();
        }

        var notice = ConsentNotices.Render(site, ConsentNotices.ChooseLanguage(request.Language, site.DefaultLanguage));
        if (request.NoticeVersion != notice.Version)
        {
            return Problems.Result(StatusCodes.Status409Conflict, ErrorCodes.NoticeOutdated,
                "The notice shown is not the current one.", "Fetch the configuration again and show its notice.");
        }

        var existing = await CurrentSessionAsync(context, site);
        var issued = await recorder.GrantAsync(site, notice, existing, cancellationToken);
        var response = new NoticeConsentResponse(issued.VisitorId, issued.Token, issued.Record.Id, CookieFor(site));
        return TypedResults.Created((string?)null, response);
    }

    private static async Task<VisitorSession?> CurrentSessionAsync(HttpContext context, Site site)
    {
        var result = await context.AuthenticateAsync(VisitorAuthenticationHandler.SchemeName);
        var session = VisitorSession.FromPrincipal(result.Principal);
        return session?.SiteId == site.Id ? session : null;
    }

    private static IdentityCookie CookieFor(Site site) =>
        new(IdentityCookieName, site.CookieLifetimeDays is { } days ? (long)TimeSpan.FromDays(days).TotalSeconds : null);

    private static ProblemHttpResult SiteNotFound() =>
        Problems.Result(StatusCodes.Status404NotFound, ErrorCodes.SiteNotFound,
            "No site with this key.");
}
