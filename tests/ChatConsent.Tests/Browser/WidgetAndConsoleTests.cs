using ChatConsent.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ChatConsent.Tests.Browser;

public sealed class WidgetAndConsoleTests : IAsyncLifetime
{
    private BrowserSession _session = null!;

    public async ValueTask InitializeAsync() => _session = await BrowserSession.StartAsync();

    public async ValueTask DisposeAsync() => await _session.DisposeAsync();

    [Fact]
    public async Task Visitor_consents_and_chats_with_an_agent_who_sees_it_live()
    {
        var console = await SignedInConsoleAsync();
        var shop = await _session.NewPageAsync();
        await shop.GotoAsync(_session.DemoPage.ToString());
        var button = shop.GetByTestId("chatconsent-button");
        await button.WaitForAsync();

        Assert.Empty(await shop.Context.CookiesAsync());
        Assert.Equal(0, await StorageEntriesAsync(shop));

        await button.ClickAsync();
        await shop.GetByTestId("chatconsent-notice").WaitForAsync();
        Assert.Empty(await shop.Context.CookiesAsync());
        Assert.Equal(0, await StorageEntriesAsync(shop));

        await shop.GetByTestId("chatconsent-accept").ClickAsync();
        await shop.GetByTestId("chatconsent-input").FillAsync("Do you roast decaf?");
        await shop.GetByTestId("chatconsent-send").ClickAsync();

        var cookie = Assert.Single(await shop.Context.CookiesAsync());
        Assert.Equal(ShopVisitor.TestSiteCookie, cookie.Name);
        Assert.Equal(_session.DemoPage.Host, cookie.Domain);

        var conversation = console.GetByTestId("conversation-item");
        await conversation.WaitForAsync();
        await conversation.ClickAsync();
        await Assertions.Expect(console.GetByTestId("message").Filter(new() { HasText = "Do you roast decaf?" }))
            .ToBeVisibleAsync();

        await console.Locator("#reply-text").FillAsync("Yes, a Swiss-water decaf.");
        await console.GetByTestId("reply-send").ClickAsync();

        var reply = shop.GetByTestId("chatconsent-message").Filter(new() { HasText = "Yes, a Swiss-water decaf." });
        await Assertions.Expect(reply).ToBeVisibleAsync();
        Assert.Equal("agent", await reply.GetAttributeAsync("data-sender"));
    }

    [Fact]
    public async Task Two_sites_on_one_origin_keep_their_visitors_apart()
    {
        var shop = await ChattingVisitor.StartAsync(_session, "Do you sell gift cards?");
        var sent = ChattingVisitor.Message(shop, "gift cards");

        // Another site of the same origin, with no identity of its own, must leave this one alone.
        await shop.GotoAsync(new Uri(_session.DemoPage, "demo/klaro").ToString());
        await shop.GetByTestId("chatconsent-button").WaitForAsync();
        await shop.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await shop.GotoAsync(_session.DemoPage.ToString());

        // The panel was open when the visitor left this site's page, so it opens again by itself.
        await Assertions.Expect(sent).ToBeVisibleAsync();
        Assert.Contains(await shop.Context.CookiesAsync(), c => c.Name == ShopVisitor.TestSiteCookie);
    }

    [Fact]
    public async Task Visitor_who_declines_gets_no_cookie_is_told_how_to_chat_later_and_the_refusal_is_recorded()
    {
        var shop = await _session.NewPageAsync();
        await shop.GotoAsync(_session.DemoPage.ToString());

        await shop.GetByTestId("chatconsent-button").ClickAsync();
        await shop.GetByTestId("chatconsent-decline").ClickAsync();
        await shop.GetByTestId("chatconsent-declined").WaitForAsync();

        Assert.Empty(await shop.Context.CookiesAsync());
        Assert.Equal(0, await StorageEntriesAsync(shop));
        var refusal = await WaitForRefusalAsync();
        Assert.Null(refusal.VisitorId);
        Assert.Equal("notice", refusal.Source);
    }

    private async Task<ChatConsent.Consent.ConsentRecord> WaitForRefusalAsync()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var refusal = await _session.Host.WithDbAsync(db => db.ConsentRecords.AsNoTracking()
                .FirstOrDefaultAsync(r => r.Action == ChatConsent.Consent.ConsentAction.Refused));
            if (refusal is not null)
            {
                return refusal;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException("No refusal was recorded.");
    }

    private async Task<IPage> SignedInConsoleAsync()
    {
        var console = await _session.NewPageAsync();
        await console.GotoAsync(new Uri(_session.Host.BaseAddress, "/agents").ToString());
        await console.Locator("#email").FillAsync(ChatConsentHost.AgentEmail);
        await console.Locator("#password").FillAsync(ChatConsentHost.AgentPassword);
        await console.GetByTestId("signin-submit").ClickAsync();
        await console.GetByTestId("conversation-list").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        return console;
    }

    // Everything a script on the page could have stored: both web storages and IndexedDB.
    private static Task<int> StorageEntriesAsync(IPage page) => page.EvaluateAsync<int>("""
        async () => localStorage.length + sessionStorage.length + (await indexedDB.databases()).length
        """);
}
