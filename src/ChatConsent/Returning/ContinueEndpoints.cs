using System.Globalization;
using ChatConsent.Consent;
using ChatConsent.Hosting;
using ChatConsent.Sites;
using ChatConsent.Visitors;
using ChatConsent.Widget;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatConsent.Returning;

/// <summary>
/// Continuing a conversation by e-mail: asking for a link, redeeming one with a button press, and
/// the visitor's own address. Requests for links stand outside the consent gate (the browser
/// holds no identity yet); the address endpoints are behind it like the rest of the visitor API.
/// </summary>
public static class ContinueEndpoints
{
    public static IEndpointRouteBuilder MapContinue(this IEndpointRouteBuilder app)
    {
        var widget = app.MapGroup("/api/widget/{siteKey}")
            .RequireCors(SiteCorsPolicyProvider.PolicyName)
            .AddEndpointFilter<SiteOriginFilter>()
            .WithTags("Continue");
        widget.MapPost("/continue/request", RequestLinkAsync).RequireRateLimiting(RateLimits.LinkRequest);
        widget.MapPost("/continue", ContinueAsync).RequireRateLimiting(RateLimits.Consent);

        var visitor = app.MapGroup(VisitorPaths.Api + "/{siteKey}")
            .RequireCors(SiteCorsPolicyProvider.PolicyName)
            .WithTags("Continue");
        visitor.MapGet("/email", EmailStatusAsync);
        visitor.MapPost("/email", LeaveEmailAsync).RequireRateLimiting(RateLimits.LinkRequest);
        visitor.MapDelete("/email", ForgetEmailAsync);

        app.MapContinuePages();
        return app;
    }

    private static async Task<Results<Accepted<LinkRequestAnswer>, ProblemHttpResult>> RequestLinkAsync(
        string siteKey, LinkRequest request, HttpContext context, SiteDirectory sites, VisitorAddresses addresses,
        AddressRateLimiter limiter, CancellationToken cancellationToken)
    {
        if (await sites.FindByKeyAsync(siteKey, cancellationToken) is not { } site)
        {
            return WidgetEndpoints.SiteNotFound();
        }

        var email = request.Email is null ? null : EmailAddresses.Normalize(request.Email);
        if (request.Email is not null && email is null || request.Email is null && request.Token is null)
        {
            return EmailInvalid();
        }

        if (email is not null && limiter.TryAcquire(email) is { } wait)
        {
            return RateLimited(context, wait);
        }

        await addresses.RequestSignInAsync(site, email, request.Token, cancellationToken);
        return TypedResults.Accepted((string?)null, new LinkRequestAnswer(true, site.LinkLifetimeMinutes));
    }

    private static async Task<Results<Ok<ContinueResponse>, ProblemHttpResult>> ContinueAsync(
        string siteKey, ContinueRequest request, HttpContext context, SiteDirectory sites, LinkTokenStore tokens,
        VisitorAddresses addresses, ConsentRecorder recorder, PlatformConsentSource platform,
        ILogger<ConsentRecorder> logger, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await sites.FindByKeyAsync(siteKey, cancellationToken) is not { } site)
        {
            return WidgetEndpoints.SiteNotFound();
        }

        var link = await tokens.FindAsync(site.Id, request.Token, cancellationToken);
        if (link is null || !tokens.IsRedeemable(link))
        {
            return LinkInvalid();
        }

        if (request.Decision != ConsentChoice.Granted)
        {
            return Problems.Result(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest,
                "Continuing needs the visitor's consent.", "Send decision 'granted', or do not continue.");
        }

        var basis = WidgetEndpoints.DecisionBasis(site, request.AsConsent(), context, platform, logger);
        if (basis.Problem is { } problem)
        {
            return problem;
        }

        // Consent is checked before the link is spent, so an outdated notice costs no new mail.
        if (!await tokens.RedeemAsync(link, cancellationToken))
        {
            return LinkInvalid();
        }

        var visitorId = link.Purpose == LinkPurpose.Confirm
            ? await addresses.ConfirmAsync(link, cancellationToken)
            : link.VisitorId;
        var current = (await VisitorAuthenticationHandler.SessionForSiteAsync(context, site.Id))?.Session;
        var linked = new VisitorSession(visitorId, site.Id, current?.IdentityId ?? Guid.Empty, Guid.Empty,
            clock.GetUtcNow());
        var issued = await recorder.GrantAsync(site, basis.Basis!, linked, cancellationToken);
        return TypedResults.Ok(new ContinueResponse(issued.VisitorId, issued.Token, issued.Record.Id,
            WidgetEndpoints.CookieFor(site), link.Purpose == LinkPurpose.Confirm));
    }

    private static async Task<Ok<EmailStatus>> EmailStatusAsync(HttpContext context, VisitorAddresses addresses,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await addresses.StatusAsync(Session(context), cancellationToken));

    private static async Task<Results<Accepted<LeaveEmailAnswer>, ProblemHttpResult>> LeaveEmailAsync(
        LeaveEmailRequest request, HttpContext context, SiteDirectory sites, VisitorAddresses addresses,
        AddressRateLimiter limiter, CancellationToken cancellationToken)
    {
        var session = Session(context);
        if (EmailAddresses.Normalize(request.Email) is not { } email)
        {
            return EmailInvalid();
        }

        if (limiter.TryAcquire(email) is { } wait)
        {
            return RateLimited(context, wait);
        }

        await addresses.LeaveAsync(session, email, cancellationToken);
        var site = await sites.FindByIdAsync(session.SiteId, cancellationToken);
        return TypedResults.Accepted((string?)null, new LeaveEmailAnswer(email, site?.LinkLifetimeMinutes ?? 10));
    }

    private static async Task<NoContent> ForgetEmailAsync(HttpContext context, VisitorAddresses addresses,
        CancellationToken cancellationToken)
    {
        await addresses.ForgetAsync(Session(context), cancellationToken);
        return TypedResults.NoContent();
    }

    private static VisitorSession Session(HttpContext context) => context.Features.GetRequiredFeature<VisitorSession>();

    private static ProblemHttpResult LinkInvalid() =>
        Problems.Result(StatusCodes.Status410Gone, ErrorCodes.LinkInvalid,
            "This link is used, expired or unknown.",
            "Ask for a new link with POST /api/widget/{siteKey}/continue/request.");

    private static ProblemHttpResult EmailInvalid() =>
        Problems.Result(StatusCodes.Status400BadRequest, ErrorCodes.EmailInvalid,
            "This is not an e-mail address.", "Send one address such as name@example.com.");

    private static ProblemHttpResult RateLimited(HttpContext context, TimeSpan wait)
    {
        context.Response.Headers.RetryAfter =
            ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return Problems.Result(StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited,
            "Too many requests; try again shortly.");
    }
}
