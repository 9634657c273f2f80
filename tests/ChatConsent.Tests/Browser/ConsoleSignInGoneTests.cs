using ChatConsent.Tests.Support;
using Microsoft.Playwright;

namespace ChatConsent.Tests.Browser;

public sealed class ConsoleSignInGoneTests : IAsyncLifetime
{
    private const string SamEmail = "sam@shop.example";
    private BrowserSession _session = null!;
    private string _samId = null!;

    public async ValueTask InitializeAsync()
    {
        _session = await BrowserSession.StartAsync();
        _samId = await TestAgentAccounts.CreateAsync(_session.Host, SamEmail, "Sam");
    }

    public async ValueTask DisposeAsync() => await _session.DisposeAsync();

    [Fact]
    public async Task The_open_console_of_an_agent_an_admin_disables_goes_to_the_sign_in_page()
    {
        var console = await _session.NewPageAsync();
        await console.GotoAsync(new Uri(_session.Host.BaseAddress, "/agents").ToString());
        await console.Locator("#email").FillAsync(SamEmail);
        await console.Locator("#password").FillAsync(TestAgentAccounts.Password);
        await console.GetByTestId("signin-submit").ClickAsync();
        await Assertions.Expect(console.Locator("#connection-state"))
            .ToHaveAttributeAsync("data-state", "connected");

        await TestAgentAccounts.DisableAsync(_session.Host, _samId);

        await console.WaitForURLAsync(url =>
            new Uri(url).AbsolutePath.Equals("/agents/signin", StringComparison.OrdinalIgnoreCase));
        await Assertions.Expect(console.GetByTestId("signin-submit")).ToBeVisibleAsync();
    }
}
