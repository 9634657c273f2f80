using ChatConsent.Consent;

namespace ChatConsent.Sites;

/// <summary>Where a site's chat gets its consent from.</summary>
public enum ConsentMode
{
    /// <summary>The chat button needs nothing; the chat's own notice asks before the first message.</summary>
    Notice,

    /// <summary>Only the site's consent platform can allow the chat; otherwise the opt-in look-alike shows.</summary>
    Platform,

    /// <summary>A platform grant opens the chat directly; otherwise the notice asks.</summary>
    PlatformOrNotice,
}

/// <summary>A site's consent settings: the mode, its consent platform and what "the chat" is called there.</summary>
public sealed class SiteConsentSettings
{
    public ConsentMode Mode { get; set; } = ConsentMode.Notice;

    public ConsentPlatform? Platform { get; set; }

    /// <summary>The platform category or group that covers the chat; the platform's default when empty.</summary>
    public string? Category { get; set; }

    /// <summary>The platform's service name, id or template id for the chat; the default when empty.</summary>
    public string? Service { get; set; }

    /// <summary>The platform's cookie name where the site renamed it.</summary>
    public string? CookieName { get; set; }

    public int? TcfCustomPurpose { get; set; }

    public List<int> TcfPublisherPurposes { get; set; } = [];

    public int? TcfVendorId { get; set; }

    /// <summary>Count a platform's implied (pre-ticked, regional default) consent as a grant. Default false.</summary>
    public bool AcceptImpliedConsent { get; set; }

    public GpcPolicy GpcPolicy { get; set; } = GpcPolicy.PrivacyMode;

    /// <summary>Where the look-alike button leads instead of the in-widget explanation, when set.</summary>
    public string? OptInLandingUrl { get; set; }

    public bool UsesPlatform => Mode != ConsentMode.Notice && Platform is not null;

    public bool UsesNotice => Mode != ConsentMode.Platform;

    public PlatformMapping Mapping()
    {
        var defaults = PlatformMapping.DefaultFor(Platform ?? ConsentPlatform.Tcf);
        return defaults with
        {
            Category = Category ?? defaults.Category,
            Service = Service ?? defaults.Service,
            CookieName = CookieName ?? defaults.CookieName,
            TcfCustomPurpose = TcfCustomPurpose,
            TcfPublisherPurposes = TcfPublisherPurposes,
            TcfVendorId = TcfVendorId,
            AcceptImpliedConsent = AcceptImpliedConsent,
        };
    }
}
