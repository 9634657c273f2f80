using ChatConsent.Consent;
using ChatConsent.Sites;

namespace ChatConsent.Widget;

/// <summary>Everything the widget needs before any consent: no visitor is identified by it.</summary>
/// <param name="PrivacyMode">When true the widget reports no page and collects nothing beyond what is typed.</param>
public sealed record WidgetConfig(
    string SiteKey,
    string SiteName,
    string Language,
    bool PrivacyMode,
    WidgetLinks Links,
    WidgetConsentConfig Consent,
    ConsentNotice Notice,
    OptInExplanation OptIn,
    IdentityCookie Cookie);

/// <summary>
/// Links the messenger shows. <c>PrivacyPolicy</c> is the site's own policy or, when it has none,
/// the service's built-in chat privacy page (<c>BuiltInPrivacyPage</c> true).
/// </summary>
public sealed record WidgetLinks(string PrivacyPolicy, bool BuiltInPrivacyPage, string? Terms)
{
    public static WidgetLinks For(Site site, string language, HttpRequest request)
    {
        if (site.PrivacyPolicyUrl is { } own)
        {
            return new(own, false, site.TermsUrl);
        }

        var builtIn = $"{request.Scheme}://{request.Host}/privacy/{Uri.EscapeDataString(site.Key)}?lang={language}";
        return new(builtIn, true, site.TermsUrl);
    }
}

/// <summary>How the site's chat gets consent, and what the chat is called in its platform.</summary>
public sealed record WidgetConsentConfig(
    ConsentMode Mode,
    ConsentPlatform? Platform,
    string? Category,
    string? Service,
    string? CookieName,
    int? TcfCustomPurpose,
    IReadOnlyList<int> TcfPublisherPurposes,
    int? TcfVendorId,
    bool AcceptImpliedConsent,
    GpcPolicy GpcPolicy,
    string? OptInLandingUrl)
{
    public static WidgetConsentConfig From(SiteConsentSettings settings)
    {
        var mapping = settings.Mapping();
        return new(settings.Mode, settings.Platform, mapping.Category, mapping.Service, mapping.CookieName,
            mapping.TcfCustomPurpose, mapping.TcfPublisherPurposes, mapping.TcfVendorId, mapping.AcceptImpliedConsent,
            settings.GpcPolicy, settings.OptInLandingUrl);
    }
}

/// <summary>How the widget keeps the identity token: a first-party cookie on the host page.</summary>
/// <param name="Name">Cookie name.</param>
/// <param name="MaxAgeSeconds">Lifetime in seconds; null for a session cookie.</param>
public sealed record IdentityCookie(string Name, long? MaxAgeSeconds);

public enum ConsentSourceKind
{
    /// <summary>The chat's own notice, or the opt-in explanation shown before a platform grant.</summary>
    Notice,

    /// <summary>The site's consent platform; the evidence is in the request.</summary>
    Platform,
}

public enum ConsentChoice
{
    Granted,
    Refused,
}

/// <summary>
/// The visitor decided. <c>NoticeVersion</c> is the version of the text they were shown: the
/// notice, or for a platform grant made through the opt-in explanation, that explanation.
/// </summary>
public sealed record WidgetConsentRequest(
    string? NoticeVersion,
    string? Language,
    ConsentSourceKind Source = ConsentSourceKind.Notice,
    ConsentChoice Decision = ConsentChoice.Granted);

public sealed record WidgetConsentResponse(Guid VisitorId, string Token, Guid ConsentRecordId, IdentityCookie Cookie);
