using Microsoft.Playwright;

namespace ChatConsent.Tests.Browser;

/// <summary>
/// The consent flows against the real Klaro from npm; the chat is its service <c>chatconsent</c>.
/// </summary>
public sealed class KlaroConsentTests : PlatformConsentFlows
{
    protected override string Slug => "klaro";

    protected override Task AcceptInBannerAsync(IPage page) =>
        page.Locator(".cookie-notice .cm-btn-success").ClickAsync();

    protected override Task DeclineInBannerAsync(IPage page) =>
        page.Locator(".cookie-notice .cn-decline").ClickAsync();

    // What Klaro's consent manager does when the visitor switches the service off and saves.
    protected override Task WithdrawInPlatformAsync(IPage page) => page.EvaluateAsync("""
        () => {
          const manager = klaro.getManager();
          manager.updateConsent('chatconsent', false);
          manager.saveAndApplyConsents();
        }
        """);
}
