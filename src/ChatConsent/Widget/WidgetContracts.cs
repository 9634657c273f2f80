using ChatConsent.Consent;

namespace ChatConsent.Widget;

/// <summary>Everything the widget needs before any consent: no visitor is identified by it.</summary>
public sealed record WidgetConfig(
    string SiteKey,
    string SiteName,
    string Language,
    string ConsentMode,
    ConsentNotice Notice,
    IdentityCookie Cookie);

/// <summary>How the widget keeps the identity token: a first-party cookie on the host page.</summary>
/// <param name="Name">Cookie name.</param>
/// <param name="MaxAgeSeconds">Lifetime in seconds; null for a session cookie.</param>
public sealed record IdentityCookie(string Name, long? MaxAgeSeconds);

/// <summary>The visitor pressed accept on the notice version they were shown.</summary>
public sealed record NoticeConsentRequest(string? NoticeVersion, string? Language);

public sealed record NoticeConsentResponse(Guid VisitorId, string Token, Guid ConsentRecordId, IdentityCookie Cookie);
