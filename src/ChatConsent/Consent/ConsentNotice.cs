using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ChatConsent.Sites;

namespace ChatConsent.Consent;

/// <summary>
/// The privacy notice the widget shows before the first message, rendered for one site and
/// language. <see cref="Version"/> is derived from the text itself, so any change to what the
/// visitor reads is a new version and asks for consent again.
/// </summary>
public sealed record ConsentNotice(
    string Language,
    string Title,
    IReadOnlyList<string> Paragraphs,
    string AcceptLabel,
    string DeclineLabel,
    string? PrivacyPolicyUrl,
    string Version);

/// <summary>
/// What a visitor who declined in the site's consent platform reads after pressing the
/// look-alike button. Its version is derived from its text like the notice's.
/// </summary>
public sealed record OptInExplanation(
    string Language,
    string Title,
    IReadOnlyList<string> Paragraphs,
    string GrantLabel,
    string SettingsLabel,
    string? PrivacyPolicyUrl,
    string Version);

/// <summary>Renders the notice in the languages the widget ships (German and English).</summary>
public static class ConsentNotices
{
    public static readonly IReadOnlyList<string> Languages = ["en", "de"];

    /// <summary>The page's language when the site offers it, else the site's default.</summary>
    public static string ChooseLanguage(string? requested, Site site)
    {
        var chosen = ChooseLanguage(requested, site.DefaultLanguage);
        return site.Languages.Count == 0 || site.Languages.Contains(chosen)
            ? chosen
            : ChooseLanguage(null, site.DefaultLanguage);
    }

    public static string ChooseLanguage(string? requested, string fallback)
    {
        var primary = requested?.Split('-', '_')[0].ToLowerInvariant();
        if (primary is not null && Languages.Contains(primary))
        {
            return primary;
        }

        return Languages.Contains(fallback) ? fallback : "en";
    }

    /// <summary>
    /// The explanation a visitor who declined in the site's consent platform sees when they press
    /// the look-alike button: why the chat needs consent, what it stores, for how long.
    /// </summary>
    public static OptInExplanation RenderOptIn(Site site, string language)
    {
        var (title, paragraphs, grant, settings) = language == "de" ? GermanOptIn(site) : EnglishOptIn(site);
        var version = VersionOf(language, title, paragraphs);
        return new OptInExplanation(language, title, paragraphs, grant, settings, site.PrivacyPolicyUrl, version);
    }

    public static ConsentNotice Render(Site site, string language)
    {
        var (title, paragraphs, accept, decline) = language == "de" ? German(site) : English(site);
        var version = VersionOf(language, title, paragraphs);
        return new ConsentNotice(language, title, paragraphs, accept, decline, site.PrivacyPolicyUrl, version);
    }

    private static (string, string[], string, string) English(Site site) => (
        "Before you start chatting",
        [
            $"To chat with {site.Name}, we store a random visitor id in a cookie on this site, so "
                + "that your conversation survives a page change and you can come back to it.",
            $"The cookie lives {Lifetime(site, "en")}. Your messages are stored by {site.Name} to "
                + "answer you. Nothing is shared with third parties.",
            "You can withdraw this consent at any time from the chat window.",
        ],
        "Agree and chat",
        "No, thanks");

    private static (string, string[], string, string) German(Site site) => (
        "Bevor Sie den Chat starten",
        [
            $"Für den Chat mit {site.Name} speichern wir eine zufällige Besucherkennung in einem "
                + "Cookie auf dieser Website, damit Ihr Gespräch einen Seitenwechsel übersteht und "
                + "Sie später daran anknüpfen können.",
            $"Das Cookie bleibt {Lifetime(site, "de")} gespeichert. Ihre Nachrichten speichert "
                + $"{site.Name}, um Ihnen zu antworten. Nichts wird an Dritte weitergegeben.",
            "Sie können diese Einwilligung jederzeit im Chatfenster widerrufen.",
        ],
        "Zustimmen und chatten",
        "Nein, danke");

    private static (string, string[], string, string) EnglishOptIn(Site site) => (
        "The chat needs your consent",
        [
            $"You have not allowed the chat in this site's cookie settings. To chat with {site.Name}, "
                + "the chat stores a random visitor id in a cookie on this site so that your "
                + "conversation survives a page change.",
            $"The cookie lives {Lifetime(site, "en")}; your messages are stored to answer you. "
                + "Allowing the chat changes nothing else in your choice.",
        ],
        "Allow the chat",
        "Open cookie settings");

    private static (string, string[], string, string) GermanOptIn(Site site) => (
        "Der Chat braucht Ihre Einwilligung",
        [
            "Sie haben den Chat in den Cookie-Einstellungen dieser Website nicht erlaubt. Für den "
                + $"Chat mit {site.Name} speichert er eine zufällige Besucherkennung in einem Cookie "
                + "auf dieser Website, damit Ihr Gespräch einen Seitenwechsel übersteht.",
            $"Das Cookie bleibt {Lifetime(site, "de")} gespeichert; Ihre Nachrichten werden "
                + "gespeichert, um Ihnen zu antworten. An Ihrer übrigen Auswahl ändert sich nichts.",
        ],
        "Chat erlauben",
        "Cookie-Einstellungen öffnen");

    private static string Lifetime(Site site, string language) => (site.CookieLifetimeDays, language) switch
    {
        (null, "de") => "bis zum Schließen des Browsers",
        (null, _) => "until you close your browser",
        (var days, "de") => string.Create(CultureInfo.InvariantCulture, $"{days} Tage"),
        (var days, _) => string.Create(CultureInfo.InvariantCulture, $"for {days} days"),
    };

    private static string VersionOf(string language, string title, IEnumerable<string> paragraphs)
    {
        var text = string.Join('\n', [language, title, .. paragraphs]);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash)[..16];
    }
}
