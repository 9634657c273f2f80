using ChatConsent.Consent;
using ChatConsent.Sites;

namespace ChatConsent.Demo;

/// <summary>
/// One demo shop page with a consent platform installed: the real platform where it is open
/// source, a stand-in where the platform only loads from its vendor's servers.
/// </summary>
/// <param name="Slug">The page's path below <c>/demo/</c>, also the name of its script bundle.</param>
/// <param name="SiteKey">The site the page's widget names; seeded by <see cref="DemoHost"/>.</param>
/// <param name="Stylesheet">Whether the bundle comes with a stylesheet of the same name.</param>
/// <param name="Map">Names the chat in the platform's terms: its category, service or purpose.</param>
internal sealed record DemoShop(string Slug, string SiteKey, string PlatformName, bool IsStandIn,
    ConsentPlatform Platform, Action<SiteConsentSettings> Map, bool Stylesheet = false)
{
    public string Path => $"/demo/{Slug}";

    /// <summary>A class the platform's convention puts on the page's "Cookie settings" link.</summary>
    public string? SettingsLinkClass { get; init; }

    /// <summary>
    /// A fresh settings object each time, since the database context takes ownership of it.
    /// Platform mode: a visitor who declined sees the look-alike button and the opt-in explanation.
    /// </summary>
    public SiteConsentSettings ConsentSettings()
    {
        var settings = new SiteConsentSettings { Mode = ConsentMode.Platform, Platform = Platform };
        Map(settings);
        return settings;
    }
}

/// <summary>Every demo shop page; the notice-mode page at <c>/demo</c> is not one of them.</summary>
internal static class DemoShops
{
    public static IReadOnlyList<DemoShop> All { get; } =
    [
        Real("klaro", "Klaro", ConsentPlatform.Klaro, c => c.Service = "chatconsent"),
        Real("vanilla-cookieconsent", "vanilla-cookieconsent", ConsentPlatform.VanillaCookieConsent,
            c => c.Category = "functionality") with { Stylesheet = true },
        Real("tcf", "IAB TCF (@iabtcf/cmpapi)", ConsentPlatform.Tcf, c => c.TcfCustomPurpose = 1),
        StandIn("cookiebot", "Cookiebot", ConsentPlatform.Cookiebot, c => c.Category = "preferences"),
        StandIn("usercentrics", "Usercentrics", ConsentPlatform.Usercentrics, c => c.Service = "ChatTplId01"),
        StandIn("onetrust", "OneTrust", ConsentPlatform.OneTrust, c => c.Category = "C0003"),
        StandIn("cookieyes", "CookieYes", ConsentPlatform.CookieYes, c => c.Category = "functional"),
        StandIn("borlabs", "Borlabs Cookie 3", ConsentPlatform.Borlabs, c => c.Service = "livechat")
            with { SettingsLinkClass = "borlabs-cookie-open-dialog-preferences" },
        StandIn("complianz", "Complianz", ConsentPlatform.Complianz, c => c.Category = "preferences"),
    ];

    public static DemoShop? Find(string slug) => All.FirstOrDefault(shop => shop.Slug == slug);

    private static DemoShop Real(string slug, string name, ConsentPlatform platform,
        Action<SiteConsentSettings> map) => new(slug, $"demo-{slug}", name, false, platform, map);

    private static DemoShop StandIn(string slug, string name, ConsentPlatform platform,
        Action<SiteConsentSettings> map) => new(slug, $"demo-{slug}", name, true, platform, map);
}
