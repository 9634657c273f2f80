using ChatConsent.Tests.Support;
using Microsoft.Playwright;

namespace ChatConsent.Tests.Browser;

public sealed class AgentAccountsBrowserTests : IAsyncLifetime
{
    private const string RobinEmail = "robin@shop.example";
    private const string RobinPassword = "robins-long-passphrase";

    private BrowserSession _session = null!;

    public async ValueTask InitializeAsync() => _session = await BrowserSession.StartAsync();

    public async ValueTask DisposeAsync() => await _session.DisposeAsync();

    [Fact]
    public async Task Invited_agent_sets_a_password_renames_themselves_and_the_visitor_sees_the_new_name()
    {
        var link = await InviteAsync();

        var robin = await _session.NewPageAsync();
        await robin.GotoAsync(link);
        await robin.Locator("#password").FillAsync(RobinPassword);
        await robin.Locator("#confirm-password").FillAsync(RobinPassword);
        await robin.GetByTestId("invitation-submit").ClickAsync();
        await robin.GetByTestId("signin-welcome").WaitForAsync();
        await Assertions.Expect(robin.Locator("#email")).ToHaveValueAsync(RobinEmail);
        await robin.Locator("#password").FillAsync(RobinPassword);
        await robin.GetByTestId("signin-submit").ClickAsync();
        await robin.GetByRole(AriaRole.Heading, new() { Name = "Conversations" }).WaitForAsync();

        await robin.GetByRole(AriaRole.Link, new() { Name = RobinEmail }).ClickAsync();
        await robin.GetByLabel("The name visitors see on your replies").FillAsync("Robin at the Roastery");
        await robin.GetByTestId("save-display-name").ClickAsync();
        await robin.GetByTestId("profile-saved").WaitForAsync();
        await robin.GetByRole(AriaRole.Link, new() { Name = "Back to the conversations" }).ClickAsync();

        var shop = await _session.NewPageAsync();
        await shop.GotoAsync(_session.DemoPage.ToString());
        await shop.GetByTestId("chatconsent-button").ClickAsync();
        await shop.GetByTestId("chatconsent-accept").ClickAsync();
        await shop.GetByTestId("chatconsent-input").FillAsync("Who am I talking to?");
        await shop.GetByTestId("chatconsent-send").ClickAsync();

        await robin.GetByTestId("conversation-item").ClickAsync();
        await robin.Locator("#reply-text").FillAsync("Hello, this is Robin.");
        await robin.GetByTestId("reply-send").ClickAsync();

        var reply = shop.GetByTestId("chatconsent-message").Filter(new() { HasText = "Hello, this is Robin." });
        await Assertions.Expect(reply).ToContainTextAsync("Robin at the Roastery");
    }

    private async Task<string> InviteAsync()
    {
        var admin = await _session.NewPageAsync();
        await admin.GotoAsync(new Uri(_session.Host.BaseAddress, "/admin").ToString());
        await admin.Locator("#email").FillAsync(ChatConsentHost.AgentEmail);
        await admin.Locator("#password").FillAsync(ChatConsentHost.AgentPassword);
        await admin.GetByTestId("signin-submit").ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Agents", Exact = true }).ClickAsync();

        await admin.GetByLabel("E-mail").FillAsync(RobinEmail);
        await admin.GetByLabel("Display name").FillAsync("Robin");
        await admin.GetByTestId("invite-agent").ClickAsync();

        await Assertions.Expect(admin.GetByTestId("agent").Filter(new() { HasText = RobinEmail })
            .GetByTestId("agent-status")).ToHaveTextAsync("Invited");
        return await admin.GetByTestId("invitation-link").InputValueAsync();
    }
}
