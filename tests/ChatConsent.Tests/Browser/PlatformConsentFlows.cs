using ChatConsent.Consent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ChatConsent.Tests.Browser;

/// <summary>
/// The consent flows every real consent platform's demo page must pass; each platform says how a
/// visitor accepts, declines, grants and withdraws there. Every test owns its service and browser.
/// </summary>
public abstract class PlatformConsentFlows : IAsyncLifetime
{
    private BrowserSession _session = null!;

    /// <summary>The demo page's path below <c>/demo/</c>; its site key is <c>demo-{Slug}</c>.</summary>
    protected abstract string Slug { get; }

    protected abstract Task AcceptInBannerAsync(IPage page);

    protected abstract Task DeclineInBannerAsync(IPage page);

    /// <summary>Withdraws the chat's consent in the platform, the way the page's own scripts can.</summary>
    protected abstract Task WithdrawInPlatformAsync(IPage page);

    /// <summary>Grants the chat through the platform once the opt-in explanation shows.</summary>
    protected virtual Task GrantThroughPlatformAsync(IPage page) =>
        page.GetByTestId("chatconsent-optin-grant").ClickAsync();

    public async ValueTask InitializeAsync() => _session = await BrowserSession.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _session.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Visitor_who_declines_sees_the_look_alike_and_chats_after_opting_in_without_a_reload()
    {
        var visitor = await ShopVisitor.OpenAsync(_session, Slug);

        await DeclineInBannerAsync(visitor.Page);
        await visitor.ExpectButtonAsync("opt-in");
        Assert.False(await visitor.HasVisitorCookieAsync());
        Assert.Equal(0, await visitor.WidgetStorageEntriesAsync());

        await visitor.ChatButton.ClickAsync();
        await visitor.Page.GetByTestId("chatconsent-optin").WaitForAsync();
        Assert.False(await visitor.HasVisitorCookieAsync());

        await GrantThroughPlatformAsync(visitor.Page);
        await visitor.ExpectButtonAsync("granted");
        await visitor.Input.WaitForAsync();
        await visitor.SendAsync("Is the Ethiopian roast in stock?");

        await AssertStoredAsync("Is the Ethiopian roast in stock?");
        Assert.True(await visitor.HasVisitorCookieAsync());
        Assert.True(await visitor.IsSameDocumentAsync(), "the page was reloaded");
    }

    [Fact]
    public async Task Visitor_who_accepts_in_the_banner_chats_at_once()
    {
        var visitor = await ShopVisitor.OpenAsync(_session, Slug);

        await AcceptInBannerAsync(visitor.Page);
        await visitor.ExpectButtonAsync("granted");
        await visitor.OpenChatAsync();
        await visitor.SendAsync("Do you grind to order?");

        await AssertStoredAsync("Do you grind to order?");
        Assert.True(await visitor.HasVisitorCookieAsync());
        Assert.Empty(await RecordsAsync(ConsentAction.Withdrawn));
    }

    [Fact]
    public async Task Withdrawing_in_the_platform_closes_the_connection_and_deletes_the_cookie()
    {
        var visitor = await ShopVisitor.OpenAsync(_session, Slug);
        await AcceptInBannerAsync(visitor.Page);
        await visitor.OpenChatAsync();
        await visitor.SendAsync("Please call me back.");

        await WithdrawInPlatformAsync(visitor.Page);

        await visitor.ExpectHubConnectionsClosedAsync();
        await visitor.ExpectNoVisitorCookieAsync();
        await visitor.ExpectButtonAsync("opt-in");
        await ShopVisitor.EventuallyAsync(async () => (await RecordsAsync(ConsentAction.Withdrawn)).Count == 1,
            "the service recorded no withdrawal");
    }

    [Fact]
    public async Task Visitor_with_Global_Privacy_Control_chats_and_the_consent_record_says_so()
    {
        var visitor = await ShopVisitor.OpenAsync(_session, Slug, globalPrivacyControl: true);

        await AcceptInBannerAsync(visitor.Page);
        await visitor.OpenChatAsync();
        await visitor.SendAsync("Anything without dairy?");

        await AssertStoredAsync("Anything without dairy?");
        var grant = Assert.Single(await RecordsAsync(ConsentAction.Granted));
        Assert.True(grant.GlobalPrivacyControl);
        var privacyReason = await _session.Host.WithDbAsync(db =>
            db.Visitors.Where(v => v.Id == grant.VisitorId).Select(v => v.PrivacyModeReason).SingleAsync());
        Assert.Equal("gpc", privacyReason);
    }

    private Task AssertStoredAsync(string text) => ShopVisitor.EventuallyAsync(
        () => _session.Host.WithDbAsync(db => db.Messages.AnyAsync(m => m.Text == text)),
        $"the service has not stored \"{text}\"");

    private async Task<List<ConsentRecord>> RecordsAsync(ConsentAction action)
    {
        var siteId = await SiteIdAsync();
        return await _session.Host.WithDbAsync(db => db.ConsentRecords.AsNoTracking()
            .Where(r => r.SiteId == siteId && r.Action == action).ToListAsync());
    }

    private Task<Guid> SiteIdAsync() => _session.Host.WithDbAsync(db =>
        db.Sites.Where(s => s.Key == $"demo-{Slug}").Select(s => s.Id).SingleAsync());
}
