using ChatConsent.Tests.Support;
using Microsoft.Playwright;

namespace ChatConsent.Tests.Browser;

public sealed class AdminSettingsTests : IAsyncLifetime
{
    private BrowserSession _session = null!;

    public async ValueTask InitializeAsync() => _session = await BrowserSession.StartAsync();

    public async ValueTask DisposeAsync() => await _session.DisposeAsync();

    [Fact]
    public async Task Admin_switches_to_a_session_cookie_and_privacy_mode_and_a_fresh_visitor_leaves_no_trace()
    {
        var admin = await SignedInAdminAsync();
        await admin.Locator($"a.button[href='/admin/sites/{ChatConsentHost.SiteKey}']").ClickAsync();
        await admin.Locator("#SessionCookie").CheckAsync();
        await admin.Locator("#PrivacyMode").CheckAsync();
        await admin.GetByTestId("save-settings").ClickAsync();
        await admin.GetByTestId("settings-saved").WaitForAsync();

        var shop = await _session.NewPageAsync();
        await shop.GotoAsync(_session.DemoPage.ToString());
        await shop.GetByTestId("chatconsent-button").ClickAsync();
        await shop.GetByTestId("chatconsent-accept").ClickAsync();
        await shop.GetByTestId("chatconsent-input").FillAsync("Which beans for espresso?");
        await shop.GetByTestId("chatconsent-send").ClickAsync();
        await Assertions.Expect(shop.GetByTestId("chatconsent-message").Filter(new() { HasText = "Which beans" }))
            .ToHaveAttributeAsync("data-sender", "visitor");

        var cookie = Assert.Single(await shop.Context.CookiesAsync(), ShopVisitor.IsVisitorCookie);
        Assert.Equal(-1, cookie.Expires);

        await admin.GetByRole(AriaRole.Link, new() { Name = "Conversations" }).ClickAsync();
        await admin.GetByTestId("conversation-item").ClickAsync();
        var details = admin.GetByTestId("visitor-details");
        await Assertions.Expect(details.GetByTestId("visitor-privacy-mode")).ToBeVisibleAsync();
        await Assertions.Expect(details.GetByTestId("visitor-browser")).ToHaveCountAsync(0);
    }

    private async Task<IPage> SignedInAdminAsync()
    {
        var page = await _session.NewPageAsync();
        await page.GotoAsync(new Uri(_session.Host.BaseAddress, "/admin").ToString());
        await page.Locator("#email").FillAsync(ChatConsentHost.AgentEmail);
        await page.Locator("#password").FillAsync(ChatConsentHost.AgentPassword);
        await page.GetByTestId("signin-submit").ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Sites" }).WaitForAsync();
        return page;
    }
}
