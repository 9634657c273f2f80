using System.Net;
using ChatConsent.Consent;
using ChatConsent.Data;
using ChatConsent.Sites;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace ChatConsent.Returning;

/// <summary>
/// The service's own pages for mail: the conversation page of sites that have no page of their
/// own, and the digest opt-out. Opening either changes nothing; only a POST opts out, because
/// mail scanners open every link they find.
/// </summary>
internal static class ContinuePages
{
    public static IEndpointRouteBuilder MapContinuePages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/continue/{siteKey}", ConversationPageAsync).ExcludeFromDescription();
        app.MapGet("/mail/unsubscribe", UnsubscribePageAsync).ExcludeFromDescription();
        app.MapPost("/mail/unsubscribe", UnsubscribeAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ConversationPageAsync(string siteKey, string? lang, SiteDirectory sites,
        CancellationToken cancellationToken)
    {
        if (await sites.FindByKeyAsync(siteKey, cancellationToken) is not { } site)
        {
            return Results.NotFound();
        }

        var language = ConsentNotices.ChooseLanguage(lang, site);
        var (title, text) = language == "de"
            ? ($"Chat mit {site.Name}", "Hier setzen Sie Ihr Gespräch fort. Der Chat öffnet sich unten rechts.")
            : ($"Chat with {site.Name}", "This is where you continue your conversation. The chat opens in the "
                + "corner.");
        var body = $"<h1>{E(title)}</h1><p>{E(text)}</p>"
            + $"<script src=\"/widget.js\" data-site=\"{E(site.Key)}\" async></script>";
        return Html(language, title, body);
    }

    private static async Task<IResult> UnsubscribePageAsync(string? t, ChatDbContext db,
        IDataProtectionProvider protection, CancellationToken cancellationToken)
    {
        var (language, siteName) = await RecipientAsync(db, protection, t, cancellationToken);
        if (siteName is null)
        {
            return Unknown(language);
        }

        var de = language == "de";
        var title = de ? "Keine Antworten mehr per E-Mail?" : "No more replies by e-mail?";
        var text = de
            ? $"Sie bekommen Antworten aus dem Chat von {siteName} per E-Mail, wenn Sie nicht da sind."
            : $"You get replies from the chat of {siteName} by e-mail while you are away.";
        var button = de ? "Diese Mails abbestellen" : "Turn these mails off";
        var action = $"/mail/unsubscribe?t={Uri.EscapeDataString(t!)}";
        return Html(language, title, $"<h1>{E(title)}</h1><p>{E(text)}</p><form method=\"post\" "
            + $"action=\"{E(action)}\"><button type=\"submit\" data-testid=\"unsubscribe\">{E(button)}</button>"
            + "</form>");
    }

    /// <summary>The form's button and RFC 8058 one-click unsubscribe both post here.</summary>
    private static async Task<IResult> UnsubscribeAsync(string? t, ChatDbContext db,
        IDataProtectionProvider protection, VisitorAddresses addresses, CancellationToken cancellationToken)
    {
        var (language, siteName) = await RecipientAsync(db, protection, t, cancellationToken);
        var visitorId = UnsubscribeTokens.Read(protection, t);
        if (siteName is null || visitorId is null || !await addresses.OptOutAsync(visitorId.Value, cancellationToken))
        {
            return Unknown(language);
        }

        var de = language == "de";
        var title = de ? "Abbestellt" : "Turned off";
        var text = de
            ? $"Sie bekommen keine Antworten aus dem Chat von {siteName} mehr per E-Mail. Wenn Sie im Chat "
                + "wieder eine Adresse angeben, schalten Sie sie wieder ein."
            : $"You will get no more replies from the chat of {siteName} by e-mail. Leaving your address in "
                + "the chat again turns them back on.";
        return Html(language, title, $"<h1 data-testid=\"unsubscribed\">{E(title)}</h1><p>{E(text)}</p>");
    }

    private static async Task<(string Language, string? SiteName)> RecipientAsync(ChatDbContext db,
        IDataProtectionProvider protection, string? token, CancellationToken cancellationToken)
    {
        if (UnsubscribeTokens.Read(protection, token) is not { } visitorId)
        {
            return ("en", null);
        }

        var found = await db.Visitors.AsNoTracking().Where(v => v.Id == visitorId)
            .Select(v => new { v.Language, Site = db.Sites.Where(s => s.Id == v.SiteId).Select(s => s.Name).First() })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? ("en", null) : (found.Language == "de" ? "de" : "en", found.Site);
    }

    private static IResult Unknown(string language) => Html(language,
        language == "de" ? "Link ungültig" : "Link not valid",
        language == "de"
            ? "<h1>Link ungültig</h1><p>Dieser Link gehört zu keinem Chat mehr.</p>"
            : "<h1>Link not valid</h1><p>This link belongs to no chat any more.</p>",
        StatusCodes.Status404NotFound);

    private static IResult Html(string language, string title, string body, int status = StatusCodes.Status200OK) =>
        Results.Content($$"""
            <!DOCTYPE html>
            <html lang="{{language}}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer">
            <title>{{E(title)}}</title>
            <style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;
            line-height:1.5;color:#1f2933}</style>
            </head>
            <body>{{body}}</body>
            </html>
            """, "text/html; charset=utf-8", statusCode: status);

    private static string E(string value) => WebUtility.HtmlEncode(value);
}
