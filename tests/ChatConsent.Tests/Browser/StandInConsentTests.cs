using Microsoft.Playwright;

namespace ChatConsent.Tests.Browser;

// One class per stand-in page, each withdrawing the way that platform documents.

public sealed class CookiebotStandInTests : StandInConsentFlows
{
    protected override string Slug => "cookiebot";

    protected override Task WithdrawInPlatformAsync(IPage page) =>
        page.EvaluateAsync("() => Cookiebot.submitCustomConsent(false, false, false)");
}

public sealed class UsercentricsStandInTests : StandInConsentFlows
{
    protected override string Slug => "usercentrics";

    protected override Task WithdrawInPlatformAsync(IPage page) => page.EvaluateAsync("""
        async () => {
          await __ucCmp.updateServicesConsents([{ id: 'ChatTplId01', consent: false }]);
          await __ucCmp.saveConsents();
        }
        """);
}

public sealed class OneTrustStandInTests : StandInConsentFlows
{
    protected override string Slug => "onetrust";

    protected override Task WithdrawInPlatformAsync(IPage page) =>
        page.EvaluateAsync("() => OneTrust.UpdateConsent('Category', 'C0003:0')");
}

public sealed class CookieYesStandInTests : StandInConsentFlows
{
    protected override string Slug => "cookieyes";

    // CookieYes documents no call that changes a category: the opt-in opens its banner.
    protected override async Task OptInThroughPlatformAsync(IPage page)
    {
        await page.GetByTestId("chatconsent-optin-settings").ClickAsync();
        await page.Locator("#standin-accept").ClickAsync();
    }

    protected override async Task WithdrawInPlatformAsync(IPage page)
    {
        await page.EvaluateAsync("() => revisitCkyConsent()");
        await page.Locator("#standin-decline").ClickAsync();
    }
}

public sealed class BorlabsStandInTests : StandInConsentFlows
{
    protected override string Slug => "borlabs";

    // Borlabs documents no call that grants a service: the opt-in opens its preferences.
    protected override async Task OptInThroughPlatformAsync(IPage page)
    {
        await page.GetByTestId("chatconsent-optin-settings").ClickAsync();
        await page.Locator("#standin-accept").ClickAsync();
    }

    protected override async Task WithdrawInPlatformAsync(IPage page)
    {
        await page.Locator("[data-cookie-settings]").ClickAsync();
        await page.Locator("#standin-decline").ClickAsync();
    }
}

public sealed class ComplianzStandInTests : StandInConsentFlows
{
    protected override string Slug => "complianz";

    protected override Task WithdrawInPlatformAsync(IPage page) =>
        page.EvaluateAsync("() => cmplz_set_consent('preferences', 'deny')");
}
