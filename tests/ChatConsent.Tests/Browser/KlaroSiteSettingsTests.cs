using ChatConsent.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ChatConsent.Tests.Browser;

/// <summary>
/// The per-site consent settings that change what a visitor who declined sees, on the real Klaro
/// demo shop: a landing page instead of the explanation, and the notice as the second way in.
/// </summary>
public sealed class KlaroSiteSettingsTests : IAsyncLifetime
{
    private const string SiteKey = "demo-klaro";
    private BrowserSession _session = null!;

    public async ValueTask InitializeAsync() => _session = await BrowserSession.StartAsync();

    public async ValueTask DisposeAsync() => await _session.DisposeAsync();

    [Fact]
    public async Task Look_alike_leads_to_the_landing_page_the_admin_configured()
    {
        var landing = new Uri(_session.ShopPage("klaro"), "/demo?from=chat-opt-in").ToString();
        await ChangeSiteAsync(consent => consent.OptInLandingUrl = landing);
        var visitor = await ShopVisitor.OpenAsync(_session, "klaro");

        await visitor.Page.Locator(".cookie-notice .cn-decline").ClickAsync();
        await visitor.ExpectButtonAsync("opt-in");
        await visitor.ChatButton.ClickAsync();

        await visitor.Page.WaitForURLAsync(landing);
        Assert.False(await visitor.HasVisitorCookieAsync());
    }

    [Fact]
    public async Task Declined_platform_asks_with_the_notice_and_writes_the_grant_back_to_klaro()
    {
        await ChangeSiteAsync(consent => consent.Mode = ConsentMode.PlatformOrNotice);
        var visitor = await ShopVisitor.OpenAsync(_session, "klaro");

        await visitor.Page.Locator(".cookie-notice .cn-decline").ClickAsync();
        await visitor.ExpectButtonAsync("notice");
        await visitor.ChatButton.ClickAsync();
        await visitor.Page.GetByTestId("chatconsent-accept").ClickAsync();
        await visitor.SendAsync("Can I pick up in store?");

        Assert.True(await visitor.HasVisitorCookieAsync());
        await ShopVisitor.EventuallyAsync(() => visitor.Page.EvaluateAsync<bool>(
            "() => klaro.getManager().getConsent('chatconsent') === true"), "the grant was not written back to Klaro");
    }

    private Task<int> ChangeSiteAsync(Action<SiteConsentSettings> change) => _session.Host.WithDbAsync(async db =>
    {
        var site = await db.Sites.SingleAsync(s => s.Key == SiteKey);
        change(site.Consent);
        return await db.SaveChangesAsync();
    });
}
