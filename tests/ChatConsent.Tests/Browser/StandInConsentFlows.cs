using ChatConsent.Consent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ChatConsent.Tests.Browser;

/// <summary>
/// The flows every stand-in page must pass: the proprietary platform's documented cookie and
/// JavaScript API, imitated by a small script, drive the widget like the real platform would.
/// </summary>
public abstract class StandInConsentFlows : IAsyncLifetime
{
    private BrowserSession _session = null!;

    protected abstract string Slug { get; }

    /// <summary>Withdraws the chat's consent through the platform's documented API or banner.</summary>
    protected abstract Task WithdrawInPlatformAsync(IPage page);

    /// <summary>Grants the chat from the opt-in explanation; the platform's API does the rest.</summary>
    protected virtual Task OptInThroughPlatformAsync(IPage page) =>
        page.GetByTestId("chatconsent-optin-grant").ClickAsync();

    public async ValueTask InitializeAsync() => _session = await BrowserSession.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _session.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Visitor_who_declines_sees_the_look_alike_and_can_opt_in_through_the_platform()
    {
        var visitor = await ShopVisitor.OpenAsync(_session, Slug);
        await Assertions.Expect(visitor.Page.GetByTestId("demo-stand-in")).ToContainTextAsync("Stand-in for");

        await visitor.Page.Locator("#standin-decline").ClickAsync();
        await visitor.ExpectButtonAsync("opt-in");
        Assert.False(await visitor.HasVisitorCookieAsync());
        Assert.Equal(0, await visitor.WidgetStorageEntriesAsync());

        await visitor.ChatButton.ClickAsync();
        await visitor.Page.GetByTestId("chatconsent-optin").WaitForAsync();
        await OptInThroughPlatformAsync(visitor.Page);
        await visitor.ExpectButtonAsync("granted");
        await visitor.Input.WaitForAsync();
        await visitor.SendAsync("Can I still order today?");
        Assert.True(await visitor.IsSameDocumentAsync(), "the page was reloaded");
    }

    [Fact]
    public async Task Visitor_who_accepts_in_the_stand_in_chats_and_withdrawing_there_ends_the_chat()
    {
        var visitor = await ShopVisitor.OpenAsync(_session, Slug);
        await visitor.Page.Locator("#standin-accept").ClickAsync();
        await visitor.ExpectButtonAsync("granted");
        await visitor.OpenChatAsync();
        await visitor.SendAsync("Do you ship to Vienna?");
        Assert.True(await visitor.HasVisitorCookieAsync());

        await WithdrawInPlatformAsync(visitor.Page);

        await visitor.ExpectHubConnectionsClosedAsync();
        await visitor.ExpectNoVisitorCookieAsync();
        await visitor.ExpectButtonAsync("opt-in");
        await ShopVisitor.EventuallyAsync(WithdrawalRecordedAsync, "the service recorded no withdrawal");
    }

    private Task<bool> WithdrawalRecordedAsync() => _session.Host.WithDbAsync(db => db.ConsentRecords.AnyAsync(r =>
        r.Action == ConsentAction.Withdrawn && db.Sites.Any(s => s.Id == r.SiteId && s.Key == $"demo-{Slug}")));
}
