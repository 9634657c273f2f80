namespace ChatConsent.Sites;

/// <summary>A website that embeds the widget. Its public key is what the script tag names.</summary>
public sealed class Site
{
    public Guid Id { get; set; }

    /// <summary>Public identifier used in the script tag; not a secret.</summary>
    public required string Key { get; set; }

    public required string Name { get; set; }

    /// <summary>Origins (scheme, host, port) allowed to embed the widget and call the visitor API.</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>Language used when the page's language is not one the widget ships.</summary>
    public string DefaultLanguage { get; set; } = "en";

    /// <summary>Languages the widget may show on this site, out of those it ships (en, de).</summary>
    public List<string> Languages { get; set; } = ["en", "de"];

    /// <summary>Link to the site's own privacy policy; without one the widget links the built-in page.</summary>
    public string? PrivacyPolicyUrl { get; set; }

    /// <summary>Link to the site's terms, shown in the messenger when set.</summary>
    public string? TermsUrl { get; set; }

    /// <summary>Who answers privacy questions, as shown on the built-in privacy page.</summary>
    public string? OperatorContact { get; set; }

    /// <summary>Days the identity cookie lives, and the identity behind it; null makes it a session cookie.</summary>
    public int? CookieLifetimeDays { get; set; } = 365;

    /// <summary>When on, nothing about the visitor is collected but what they type.</summary>
    public bool PrivacyMode { get; set; }

    /// <summary>With privacy mode off: store the visitor's IP address, shortened. Default true.</summary>
    public bool CollectIpAddress { get; set; } = true;

    /// <summary>Days after its last message a conversation is deleted; null keeps conversations.</summary>
    public int? RetentionDays { get; set; } = 180;

    /// <summary>Days consent records are kept as proof; default three years.</summary>
    public int ConsentRetentionDays { get; set; } = 1095;

    public SiteConsentSettings Consent { get; set; } = new();

    /// <summary>
    /// The page e-mail links lead to, where the widget continues the conversation; one of the
    /// allowed origins. Null: the site's home (the first allowed origin), or, without any, the
    /// service's own conversation page.
    /// </summary>
    public string? ContinuePageUrl { get; set; }

    /// <summary>Minutes an e-mail link stays valid, 1 to 60; default 10.</summary>
    public int LinkLifetimeMinutes { get; set; } = 10;

    public DateTimeOffset CreatedAt { get; set; }

    // Browsers always send Origin on WebSocket handshakes and cross-origin fetches, so a listed
    // origin is what stops another site's page from riding on a visitor's token. Clients that
    // are not browsers send none and gain nothing from omitting it: they still need a token.
    /// <summary>Whether a request with this <c>Origin</c> header (empty when none was sent) may pass.</summary>
    public bool AllowsRequestOrigin(string origin) => origin.Length == 0 || AllowsOrigin(origin);

    public bool AllowsOrigin(string origin) =>
        AllowedOrigins.Any(allowed => string.Equals(allowed, origin, StringComparison.OrdinalIgnoreCase));
}
