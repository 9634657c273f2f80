using System.Globalization;
using System.Net;
using ChatConsent.Sites;

namespace ChatConsent.Mail;

/// <summary>An agent's reply as a digest quotes it.</summary>
public sealed record DigestReply(string AgentName, string Text, DateTimeOffset SentAt);

/// <summary>
/// The mails' words, German and English, by the visitor's language. Every mail names the site;
/// everything that came from a person or a setting is HTML-encoded in the HTML part.
/// </summary>
public static class MailTexts
{
    public static MailContent SignIn(Site site, string language, string senderName, Uri link, int minutes) =>
        language == "de"
            ? LinkMail(senderName, $"Ihr Chat mit {site.Name}: hier weiterschreiben",
                $"Sie möchten Ihr Gespräch mit {site.Name} fortsetzen. Öffnen Sie diesen Link und drücken "
                    + "Sie dort auf den Knopf:",
                "Gespräch fortsetzen", link, Validity(minutes, language),
                "Sie haben diesen Link nicht angefordert? Dann können Sie diese Mail einfach löschen.")
            : LinkMail(senderName, $"Continue your chat with {site.Name}",
                $"You asked to continue your conversation with {site.Name}. Open this link and press the "
                    + "button there:",
                "Continue the conversation", link, Validity(minutes, language),
                "You did not ask for this link? Then simply delete this mail.");

    public static MailContent Confirm(Site site, string language, string senderName, Uri link, int minutes) =>
        language == "de"
            ? LinkMail(senderName, $"Bitte bestätigen Sie Ihre E-Mail-Adresse für den Chat mit {site.Name}",
                $"Sie haben diese Adresse im Chat von {site.Name} angegeben, um Antworten per E-Mail zu "
                    + "bekommen und Ihr Gespräch später fortsetzen zu können. Bestätigen Sie sie mit diesem Link:",
                "Adresse bestätigen", link, Validity(minutes, language),
                "Sie waren das nicht? Dann löschen Sie diese Mail; die Adresse wird nicht verwendet.")
            : LinkMail(senderName, $"Please confirm your e-mail address for the chat with {site.Name}",
                $"You left this address in the chat of {site.Name} to get replies by e-mail and to continue "
                    + "your conversation later. Confirm it with this link:",
                "Confirm the address", link, Validity(minutes, language),
                "This was not you? Then delete this mail; the address will not be used.");

    public static MailContent Digest(Site site, string language, string senderName, Uri link, int minutes,
        IReadOnlyList<DigestReply> replies, Uri unsubscribe)
    {
        var de = language == "de";
        var subject = de ? $"Neue Antwort von {site.Name}" : $"New reply from {site.Name}";
        var intro = de
            ? $"{site.Name} hat Ihnen im Chat geantwortet, während Sie nicht da waren:"
            : $"{site.Name} replied to you in the chat while you were away:";
        var action = de ? "Im Chat antworten" : "Reply in the chat";
        var stop = de
            ? "Keine solchen Mails mehr bekommen"
            : "Stop these mails";
        var format = CultureInfo.GetCultureInfo(de ? "de-DE" : "en-GB");
        var lines = replies.Select(r => $"{r.AgentName} ({r.SentAt.ToString("g", format)} UTC):\n{r.Text}");
        var text = $"{intro}\n\n{string.Join("\n\n", lines)}\n\n{action}: {link}\n{Validity(minutes, language)}"
            + $"\n\n{stop}: {unsubscribe}\n";
        var quotes = string.Concat(replies.Select(r =>
            $"<p style=\"margin:0 0 4px;color:#555\">{E(r.AgentName)} · {E(r.SentAt.ToString("g", format))} UTC</p>"
            + $"<blockquote style=\"margin:0 0 16px;padding:8px 12px;border-left:3px solid #2563eb;"
            + $"white-space:pre-wrap\">{E(r.Text)}</blockquote>"));
        var html = Page(subject, $"<p>{E(intro)}</p>{quotes}{Button(link, action)}"
            + $"<p style=\"color:#555\">{E(Validity(minutes, language))}</p>"
            + $"<p style=\"font-size:12px\"><a href=\"{E(unsubscribe.ToString())}\">{E(stop)}</a></p>");
        return new MailContent(senderName, subject, text, html, unsubscribe.ToString());
    }

    private static MailContent LinkMail(string senderName, string subject, string intro, string action, Uri link,
        string validity, string notYou)
    {
        var text = $"{intro}\n\n{link}\n\n{validity}\n\n{notYou}\n";
        var html = Page(subject, $"<p>{E(intro)}</p>{Button(link, action)}<p style=\"color:#555\">{E(validity)}</p>"
            + $"<p style=\"font-size:12px;color:#555\">{E(notYou)}</p>");
        return new MailContent(senderName, subject, text, html);
    }

    private static string Validity(int minutes, string language) => language == "de"
        ? $"Der Link gilt {Minutes(minutes, language)} und nur einmal. "
            + "Danach können Sie im Chat einen neuen anfordern."
        : $"The link works once and for {Minutes(minutes, language)}. "
            + "After that you can ask the chat for a new one.";

    /// <summary>"1 minute", "10 minutes": both languages put the singular only after one.</summary>
    private static string Minutes(int minutes, string language)
    {
        var unit = language == "de"
            ? minutes == 1 ? "Minute" : "Minuten"
            : minutes == 1 ? "minute" : "minutes";
        return string.Create(CultureInfo.InvariantCulture, $"{minutes} {unit}");
    }

    private static string Button(Uri link, string label) =>
        $"<p><a href=\"{E(link.ToString())}\" style=\"display:inline-block;padding:10px 18px;background:#2563eb;"
        + $"color:#fff;border-radius:8px;text-decoration:none\">{E(label)}</a></p>";

    private static string Page(string title, string body) =>
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + E(title) + "</title></head>"
        + "<body style=\"font-family:system-ui,sans-serif;line-height:1.5;color:#1f2933;max-width:36rem\">"
        + body + "</body></html>";

    private static string E(string value) => WebUtility.HtmlEncode(value);
}
