using System.Globalization;
using System.Net;
using ChatConsent.Consent;
using ChatConsent.Sites;

namespace ChatConsent.Widget;

/// <summary>
/// The built-in privacy page of a site's chat, generated from the site's real settings, for sites
/// that link no privacy policy of their own. German and English.
/// </summary>
public static class ChatPrivacyPage
{
    public static IEndpointRouteBuilder MapChatPrivacyPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/privacy/{siteKey}", async (string siteKey, string? lang, SiteDirectory sites,
            CancellationToken cancellationToken) =>
        {
            var site = await sites.FindByKeyAsync(siteKey, cancellationToken);
            return site is null
                ? Results.NotFound()
                : Results.Content(Render(site, ConsentNotices.ChooseLanguage(lang, site)), "text/html; charset=utf-8");
        }).ExcludeFromDescription();
        return app;
    }

    public static string Render(Site site, string language)
    {
        var text = language == "de" ? PrivacyTexts.German(site) : PrivacyTexts.English(site);
        var items = string.Concat(text.Stored.Select(item => $"<li>{Encode(item)}</li>"));
        var contact = site.OperatorContact is { } who
            ? $"<h2>{Encode(text.ContactTitle)}</h2><p>{Encode(who)}</p>"
            : "";
        return $$"""
            <!DOCTYPE html>
            <html lang="{{language}}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{Encode(text.Title)}}</title>
            <style>
            body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;
            line-height:1.5;color:#1f2933}
            </style>
            </head>
            <body>
            <h1>{{Encode(text.Title)}}</h1>
            <p>{{Encode(text.Intro)}}</p>
            <h2>{{Encode(text.StoredTitle)}}</h2>
            <ul>{{items}}</ul>
            <h2>{{Encode(text.RightsTitle)}}</h2>
            <p>{{Encode(text.Rights)}}</p>
            {{contact}}
            </body>
            </html>
            """;
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}

internal sealed record PrivacyTexts(string Title, string Intro, string StoredTitle, IReadOnlyList<string> Stored,
    string RightsTitle, string Rights, string ContactTitle)
{
    public static PrivacyTexts English(Site site) => new(
        $"Privacy in the chat of {site.Name}",
        "This page describes what the chat on this website stores, generated from its current settings.",
        "What the chat stores",
        [
            $"A random visitor id in the cookie {WidgetEndpoints.IdentityCookieName(site.Key)} on this "
                + "website, after you agree; it is kept "
                + (site.CookieLifetimeDays is { } days ? "for " + Days(days, "en") : "until you close your browser")
                + ", together with the language of the page and when you last connected.",
            $"While the chat window is open: the entry {WidgetEndpoints.OpenPanelEntryName(site.Key)} in "
                + "this tab's session storage, so that the next page opens it again; it goes when you close the window or the tab.",
            "The messages you write and the answers you get, and how far you and the agents have read "
                + "them, to answer you"
                + (site.RetentionDays is { } keep
                    ? $"; they are deleted {Days(keep, "en")} after the last message."
                    : "."),
            "A record of each consent you give, refuse or withdraw, "
                + $"kept {Days(site.ConsentRetentionDays, "en")} as proof.",
            "Your e-mail address, only if you leave it in the chat: once you confirm it by its link, the "
                + "chat mails you replies that arrive while you are away and, when you ask, a link that "
                + "continues your conversation in any browser. You can turn the replies off from every such mail.",
            site.PrivacyMode
                ? "Privacy mode is on: nothing else is collected about you — "
                    + "no IP address, browser, page or referrer."
                : "The page you chat from, the page that led you here and your browser's self-description "
                    + "(user agent: browser, version and operating system)"
                    + (site.CollectIpAddress
                        ? ", and your IP address with its last part removed."
                        : "; no IP address."),
        ],
        "Your rights",
        "You can withdraw your consent and delete your chat data at any time in the chat window, and ask "
            + (site.OperatorContact is null ? $"{site.Name}" : "the contact below")
            + " for a copy of everything stored about you.",
        "Contact");

    public static PrivacyTexts German(Site site) => new(
        $"Datenschutz im Chat von {site.Name}",
        "Diese Seite beschreibt, was der Chat auf dieser Website speichert, "
            + "erzeugt aus seinen aktuellen Einstellungen.",
        "Was der Chat speichert",
        [
            $"Eine zufällige Besucherkennung im Cookie {WidgetEndpoints.IdentityCookieName(site.Key)} auf "
                + "dieser Website, nach Ihrer Zustimmung; "
                + "sie bleibt "
                + (site.CookieLifetimeDays is { } days ? Days(days, "de") : "bis zum Schließen des Browsers")
                + " gespeichert, zusammen mit der Sprache der Seite und dem Zeitpunkt Ihrer letzten Verbindung.",
            $"Solange das Chatfenster offen ist: den Eintrag {WidgetEndpoints.OpenPanelEntryName(site.Key)} "
                + "im Sitzungsspeicher dieses Tabs, "
                + "damit die nächste Seite es wieder öffnet; er verschwindet, wenn Sie das Fenster oder den Tab "
                + "schließen.",
            "Ihre Nachrichten und die Antworten darauf und wie weit Sie und das Team sie gelesen haben, "
                + "um Ihnen zu antworten"
                + (site.RetentionDays is { } keep
                    ? $"; sie werden {Days(keep, "de")} nach der letzten Nachricht gelöscht."
                    : "."),
            "Ein Nachweis jeder Einwilligung, Ablehnung und jedes Widerrufs, "
                + $"{Days(site.ConsentRetentionDays, "de")} lang.",
            "Ihre E-Mail-Adresse, nur wenn Sie sie im Chat angeben: Sobald Sie sie über ihren Link bestätigt "
                + "haben, schickt der Chat Ihnen Antworten, die in Ihrer Abwesenheit kommen, und auf Wunsch einen "
                + "Link, mit dem Sie Ihr Gespräch in jedem Browser fortsetzen. Die Antworten lassen sich in jeder "
                + "solchen Mail abbestellen.",
            site.PrivacyMode
                ? "Der Datenschutzmodus ist an: sonst wird nichts über Sie erhoben — "
                    + "keine IP-Adresse, kein Browser, keine Seite und kein Referrer."
                : "Die Seite, von der Sie chatten, die Seite, über die Sie kamen, und die Selbstauskunft Ihres "
                    + "Browsers (User-Agent: Browser, Version und Betriebssystem)"
                    + (site.CollectIpAddress
                        ? ", sowie Ihre IP-Adresse ohne ihren letzten Teil."
                        : "; keine IP-Adresse."),
        ],
        "Ihre Rechte",
        "Sie können Ihre Einwilligung jederzeit im Chatfenster widerrufen und Ihre Chatdaten löschen, und "
            + (site.OperatorContact is null ? $"bei {site.Name}" : "beim unten genannten Kontakt")
            + " eine Kopie aller über Sie gespeicherten Daten verlangen.",
        "Kontakt");

    private static string Days(int days, string language) => language == "de"
        ? string.Create(CultureInfo.InvariantCulture, $"{days} Tage")
        : string.Create(CultureInfo.InvariantCulture, $"{days} days");
}
