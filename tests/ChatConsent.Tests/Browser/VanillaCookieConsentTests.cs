using Microsoft.Playwright;

namespace ChatConsent.Tests.Browser;

/// <summary>
/// The consent flows against the real vanilla-cookieconsent v3 from npm; the chat is its category
/// <c>functionality</c>.
/// </summary>
public sealed class VanillaCookieConsentTests : PlatformConsentFlows
{
    protected override string Slug => "vanilla-cookieconsent";

    protected override Task AcceptInBannerAsync(IPage page) =>
        page.Locator("#cc-main .cm [data-role=all]").ClickAsync();

    protected override Task DeclineInBannerAsync(IPage page) =>
        page.Locator("#cc-main .cm [data-role=necessary]").ClickAsync();

    // Accepting no category but the read-only ones is the library's own "reject all".
    protected override Task WithdrawInPlatformAsync(IPage page) =>
        page.EvaluateAsync("() => CookieConsent.acceptCategory([])");
}
