namespace ChatConsent.Consent;

/// <summary>
/// Per site: what "the chat" is called in the site's consent platform. Start from
/// <see cref="DefaultFor"/> and override what the site configured, e.g.
/// <c>PlatformMapping.DefaultFor(ConsentPlatform.OneTrust) with { Category = "C0005" }</c>.
/// </summary>
public sealed record PlatformMapping
{
    /// <summary>
    /// The category, group or purpose slug: Cookiebot category, OneTrust group id, CookieYes and
    /// Complianz category, orestbida category; for Borlabs an optional service group that the
    /// service must be in (null: any group).
    /// </summary>
    public string? Category { get; init; }

    /// <summary>
    /// The service: Borlabs service id, Klaro service name, Usercentrics template id; optional for
    /// orestbida (a service listed under the category) and Complianz (<c>cmplz_consented_services</c>).
    /// </summary>
    public string? Service { get; init; }

    /// <summary>
    /// The cookie (or localStorage key) to read when the site renamed it; for Complianz the cookie
    /// prefix (<c>cmplz_</c>, or <c>cmplz_rt_</c> on a multisite root). Null: the platform default.
    /// </summary>
    public string? CookieName { get; init; }

    /// <summary>TCF: the publisher custom purpose (1-based) that stands for the chat.</summary>
    public int? TcfCustomPurpose { get; init; }

    /// <summary>TCF: publisher purposes (1-11) that must all have the publisher's consent.</summary>
    public IReadOnlyList<int> TcfPublisherPurposes { get; init; } = [];

    /// <summary>TCF: the chat operator's GVL vendor id; needs vendor consent and purpose 1.</summary>
    public int? TcfVendorId { get; init; }

    /// <summary>
    /// Whether a grant the platform marks as implied (Cookiebot <c>method:'implied'</c> or the
    /// whole value <c>-1</c>, OneTrust <c>interactionCount=0</c>, Usercentrics <c>implicit</c>,
    /// CookieYes without a visitor action) counts. Default false: under the GDPR silence or
    /// scrolling is no consent; turn it on only for sites that serve opt-out regions alone.
    /// </summary>
    public bool AcceptImpliedConsent { get; init; }

    /// <summary>
    /// The documented default for a functional / preferences service on each platform. Usercentrics
    /// and TCF have none: template ids are random per site and a chat is no TCF purpose, so their
    /// mapping must be configured, and until it is they answer "not decided".
    /// </summary>
    public static PlatformMapping DefaultFor(ConsentPlatform platform) => platform switch
    {
        ConsentPlatform.Cookiebot => new() { Category = "preferences" },
        ConsentPlatform.Borlabs => new() { Service = "livechat" },
        ConsentPlatform.Klaro => new() { Service = "chatconsent" },
        ConsentPlatform.VanillaCookieConsent => new() { Category = "functionality" },
        ConsentPlatform.OneTrust => new() { Category = "C0003" },
        ConsentPlatform.CookieYes => new() { Category = "functional" },
        // Complianz's "functional" is its always-on, strictly necessary category.
        ConsentPlatform.Complianz => new() { Category = "preferences" },
        _ => new(),
    };
}
