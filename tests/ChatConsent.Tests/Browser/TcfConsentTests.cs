using Microsoft.Playwright;

namespace ChatConsent.Tests.Browser;

/// <summary>
/// The consent flows against the demo's TCF CMP built on the IAB's @iabtcf/cmpapi and
/// @iabtcf/core; the chat is publisher custom purpose 1.
/// </summary>
public sealed class TcfConsentTests : PlatformConsentFlows
{
    protected override string Slug => "tcf";

    protected override Task AcceptInBannerAsync(IPage page) => page.Locator("#tcf-accept").ClickAsync();

    protected override Task DeclineInBannerAsync(IPage page) => page.Locator("#tcf-reject").ClickAsync();

    // The TCF API has no command that grants one purpose, so the opt-in opens the CMP's own
    // banner (through its displayConsentUi command) and the visitor changes the choice there.
    protected override async Task GrantThroughPlatformAsync(IPage page)
    {
        await page.GetByTestId("chatconsent-optin-settings").ClickAsync();
        await page.Locator("#tcf-accept").ClickAsync();
    }

    protected override async Task WithdrawInPlatformAsync(IPage page)
    {
        await page.Locator("[data-cookie-settings]").ClickAsync();
        await page.Locator("#tcf-reject").ClickAsync();
    }
}
