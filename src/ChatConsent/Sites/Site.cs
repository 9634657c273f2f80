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

    /// <summary>Link to the site's own privacy policy, shown in the consent notice.</summary>
    public string? PrivacyPolicyUrl { get; set; }

    /// <summary>Days the identity cookie lives; null makes it a session cookie.</summary>
    public int? CookieLifetimeDays { get; set; } = 365;

    public SiteConsentSettings Consent { get; set; } = new();

    public DateTimeOffset CreatedAt { get; set; }

    public bool AllowsOrigin(string origin) =>
        AllowedOrigins.Any(allowed => string.Equals(allowed, origin, StringComparison.OrdinalIgnoreCase));
}
