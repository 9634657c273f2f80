using System.Net;
using System.Net.Http.Json;
using ChatConsent.Consent;
using ChatConsent.Returning;
using ChatConsent.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatConsent.Tests.Returning;

/// <summary>Link expiry and digests, on a clock the test moves.</summary>
public sealed class LinkLifetimeAndDigestTests : IAsyncLifetime
{
    private const string Address = "sam@mail.example";
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private TestSmtpServer _smtp = null!;
    private ChatConsentHost _host = null!;

    public async ValueTask InitializeAsync()
    {
        _smtp = await TestSmtpServer.StartAsync();
        _host = await new ChatConsentHost(settings: _smtp.Settings) { Clock = _clock }.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task An_expired_link_signs_nobody_in_and_can_ask_for_a_fresh_one()
    {
        var (visitor, _) = await ReturningVisitor.ConfirmedAsync(_host, _smtp, Address);
        await ReturningVisitor.RequestLinkAsync(_host, Address);
        var expired = TestSmtpServer.TokenIn(await _smtp.Mails.NextAsync());

        _clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        var refused = await ReturningVisitor.ContinueAsync(_host, expired);
        using var http = _host.CreateClient();
        var again = await http.PostAsJsonAsync($"/api/widget/{ChatConsentHost.SiteKey}/continue/request",
            new LinkRequest(null, expired), Json.Options, TestContext.Current.CancellationToken);
        var fresh = TestSmtpServer.TokenIn(await _smtp.Mails.NextAsync());
        var continued = await ReturningVisitor.ContinuedAsync(await ReturningVisitor.ContinueAsync(_host, fresh));

        Assert.Equal(HttpStatusCode.Gone, refused.StatusCode);
        Assert.Equal("link_invalid", await ReturningVisitor.ProblemCodeAsync(refused));
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal(visitor.VisitorId, continued.VisitorId);
    }

    [Fact]
    public async Task Replies_to_an_absent_visitor_arrive_as_one_digest_that_one_click_turns_off()
    {
        var (visitor, conversationId) = await ReturningVisitor.ConfirmedAsync(_host, _smtp, Address);
        await WaitUntilDisconnectedAsync(visitor.VisitorId);
        await using var agent = await TestAgent.SignInAsync(_host);

        await agent.SendAsync(conversationId, "It left the warehouse today.");
        await agent.SendAsync(conversationId, "Tracking: <b>ABC123</b>");
        Assert.True(await _smtp.Mails.StaysEmptyAsync(TimeSpan.FromMilliseconds(300)));
        _clock.Advance(TimeSpan.FromMinutes(2));
        var digest = await _smtp.Mails.NextAsync();

        Assert.Contains("Example Shop", digest.Subject, StringComparison.Ordinal);
        Assert.Contains("It left the warehouse today.", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("Tracking: <b>ABC123</b>", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("Tracking: &lt;b&gt;ABC123&lt;/b&gt;", digest.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", digest.Headers["List-Unsubscribe-Post"]);
        var unsubscribe = new Uri(digest.Headers["List-Unsubscribe"]!.Trim('<', '>'));
        var continued = await ReturningVisitor.ContinueAsync(_host, TestSmtpServer.TokenIn(digest));
        Assert.Equal(HttpStatusCode.OK, continued.StatusCode);

        using var http = new HttpClient();
        var page = await http.GetAsync(unsubscribe, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Null(await OptedOutAtAsync(visitor.VisitorId));

        using var oneClick = new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]);
        var posted = await http.PostAsync(unsubscribe, oneClick, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.NotNull(await OptedOutAtAsync(visitor.VisitorId));

        await agent.SendAsync(conversationId, "Anything else?");
        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Null(await _host.WithDbAsync(db => db.ConversationDigests.AsNoTracking()
            .Where(d => d.ConversationId == conversationId).Select(d => d.DueAt).SingleAsync()));
    }

    [Fact]
    public async Task A_reply_delivered_live_is_never_mailed()
    {
        var (visitor, conversationId) = await ReturningVisitor.ConfirmedAsync(_host, _smtp, Address);
        var (tab, inbox) = await visitor.ConnectAsync();
        await using var agent = await TestAgent.SignInAsync(_host);

        await agent.SendAsync(conversationId, "Here while you are here.");
        await inbox.NextAsync();
        _clock.Advance(TimeSpan.FromMinutes(5));

        Assert.False(await _host.WithDbAsync(db => db.ConversationDigests.AnyAsync()));
        Assert.True(await _smtp.Mails.StaysEmptyAsync(TimeSpan.FromMilliseconds(500)));
        await tab.StopAsync(TestContext.Current.CancellationToken);
    }

    private Task<DateTimeOffset?> OptedOutAtAsync(Guid visitorId) => _host.WithDbAsync(db =>
        db.Visitors.AsNoTracking().Where(v => v.Id == visitorId).Select(v => v.DigestOptOutAt).SingleAsync());

    private async Task WaitUntilDisconnectedAsync(Guid visitorId)
    {
        var connections = _host.Services.GetRequiredService<VisitorConnections>();
        for (var attempt = 0; connections.HasVisitor(visitorId); attempt++)
        {
            Assert.True(attempt < 100, "the visitor's connection never closed on the server");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
