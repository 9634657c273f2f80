using ChatConsent.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ChatConsent.Tests.Browser;

public sealed class ContinueByEmailTests : IAsyncLifetime
{
    private const string Address = "robin@mail.example";
    private TestSmtpServer _smtp = null!;
    private BrowserSession _session = null!;

    public async ValueTask InitializeAsync()
    {
        _smtp = await TestSmtpServer.StartAsync();
        _session = await BrowserSession.StartAsync(_smtp.Settings);
    }

    public async ValueTask DisposeAsync()
    {
        await _session.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task A_visitor_who_lost_the_browser_continues_by_e_mail_link_with_the_history_and_live_replies()
    {
        var first = await _session.NewPageAsync();
        await first.GotoAsync(_session.DemoPage.ToString());
        await first.GetByTestId("chatconsent-button").ClickAsync();
        await first.GetByTestId("chatconsent-accept").ClickAsync();
        await SendAsync(first, "My grinder squeaks.");

        await first.GetByTestId("chatconsent-email-email").FillAsync(Address);
        await first.GetByTestId("chatconsent-email-submit").ClickAsync();
        await Assertions.Expect(first.GetByTestId("chatconsent-email-pending")).ToContainTextAsync(Address);
        var confirmation = await _smtp.Mails.NextAsync();
        var confirmTab = await first.Context.NewPageAsync();
        await confirmTab.GotoAsync(TestSmtpServer.ContinueLinkIn(confirmation).ToString());
        await confirmTab.GetByTestId("chatconsent-continue-button").ClickAsync();
        await Assertions.Expect(confirmTab.GetByTestId("chatconsent-continued")).ToContainTextAsync("confirmed");
        await Assertions.Expect(Message(confirmTab, "My grinder squeaks.")).ToBeVisibleAsync();
        await ShopVisitor.EventuallyAsync(
            () => _session.Host.WithDbAsync(db => db.Visitors.AnyAsync(v => v.Email == Address)),
            "the address was never confirmed");
        Assert.DoesNotContain("chatconsent-continue", confirmTab.Url, StringComparison.Ordinal);
        await first.Context.CloseAsync();

        var second = await _session.NewPageAsync();
        await second.GotoAsync(_session.DemoPage.ToString());
        await second.GetByTestId("chatconsent-button").ClickAsync();
        await second.GetByTestId("chatconsent-continue-offer").ClickAsync();
        await second.GetByTestId("chatconsent-continue-email").FillAsync(Address);
        await second.GetByTestId("chatconsent-continue-submit").ClickAsync();
        await second.GetByTestId("chatconsent-link-sent").WaitForAsync();
        var signIn = await _smtp.Mails.NextAsync();
        var linkTab = await second.Context.NewPageAsync();
        await linkTab.GotoAsync(TestSmtpServer.ContinueLinkIn(signIn).ToString());
        await linkTab.GetByTestId("chatconsent-continue-button").ClickAsync();

        await Assertions.Expect(Message(linkTab, "My grinder squeaks.")).ToHaveAttributeAsync("data-sender", "visitor");
        await using var agent = await TestAgent.SignInAsync(_session.Host);
        var conversationId = await _session.Host.WithDbAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        await agent.SendAsync(conversationId, "A drop of oil fixes it.");
        await Assertions.Expect(Message(linkTab, "A drop of oil fixes it."))
            .ToHaveAttributeAsync("data-sender", "agent");
    }

    [Fact]
    public async Task A_link_opened_in_a_tab_already_on_its_page_takes_the_token_out_and_offers_to_continue()
    {
        var page = await _session.NewPageAsync();
        await page.GotoAsync(_session.DemoPage.ToString());
        await page.GetByTestId("chatconsent-button").ClickAsync();
        await page.GetByTestId("chatconsent-accept").ClickAsync();
        await SendAsync(page, "Is the red kettle back in stock?");
        await page.GetByTestId("chatconsent-email-email").FillAsync(Address);
        await page.GetByTestId("chatconsent-email-submit").ClickAsync();
        var link = TestSmtpServer.ContinueLinkIn(await _smtp.Mails.NextAsync());
        var tab = await page.Context.NewPageAsync();
        await tab.GotoAsync(link.GetLeftPart(UriPartial.Query));
        await tab.GetByTestId("chatconsent-button").WaitForAsync();

        await tab.EvaluateAsync("link => { location.href = link; }", link.ToString());

        await tab.GetByTestId("chatconsent-continue-button").ClickAsync();
        await Assertions.Expect(tab.GetByTestId("chatconsent-continued")).ToContainTextAsync("confirmed");
        Assert.DoesNotContain("chatconsent-continue", tab.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_one_minute_link_is_announced_in_the_singular()
    {
        await _session.Host.WithDbAsync(db =>
            db.Sites.ExecuteUpdateAsync(s => s.SetProperty(site => site.LinkLifetimeMinutes, 1)));
        var page = await _session.NewPageAsync();
        await page.GotoAsync(_session.DemoPage.ToString());
        await page.GetByTestId("chatconsent-button").ClickAsync();
        await page.GetByTestId("chatconsent-accept").ClickAsync();
        await SendAsync(page, "Do you grind the beans for me?");

        await page.GetByTestId("chatconsent-email-email").FillAsync(Address);
        await page.GetByTestId("chatconsent-email-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("chatconsent-email-pending"))
            .ToContainTextAsync("It works for 1 minute.");
    }

    private static async Task SendAsync(IPage page, string text)
    {
        await page.GetByTestId("chatconsent-input").FillAsync(text);
        await page.GetByTestId("chatconsent-send").ClickAsync();
        await Assertions.Expect(Message(page, text)).ToHaveAttributeAsync("data-state", "sent");
    }

    private static ILocator Message(IPage page, string text) =>
        page.GetByTestId("chatconsent-message").Filter(new() { HasText = text });
}
