using System.Net;
using System.Net.Http.Json;
using ChatConsent.Chat;
using ChatConsent.Consent;
using ChatConsent.Returning;
using ChatConsent.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace ChatConsent.Tests.Returning;

public sealed class EmailLinkTests : IAsyncLifetime
{
    private const string Address = "kim@mail.example";
    private TestSmtpServer _smtp = null!;
    private ChatConsentHost _host = null!;

    public async ValueTask InitializeAsync()
    {
        _smtp = await TestSmtpServer.StartAsync();
        _host = await new ChatConsentHost(settings: _smtp.Settings).StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task Leaving_an_address_mails_a_confirmation_in_both_parts_that_names_the_site()
    {
        var visitor = await TestVisitor.ConsentAsync(_host);

        var response = await ReturningVisitor.LeaveEmailAsync(_host, visitor.Token, "  Kim@Mail.Example ");
        var mail = await _smtp.Mails.NextAsync();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(Address, Assert.Single(mail.To.Mailboxes).Address);
        Assert.Contains("Example Shop", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Example Shop", mail.From.Mailboxes.Single().Name, StringComparison.Ordinal);
        Assert.Contains("https://shop.example/#chatconsent-continue=", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://shop.example/#chatconsent-continue=", mail.HtmlBody, StringComparison.Ordinal);
        var stored = await _host.WithDbAsync(db =>
            db.Visitors.AsNoTracking().SingleAsync(v => v.Id == visitor.VisitorId));
        Assert.Null(stored.Email);
        Assert.Equal(Address, stored.PendingEmail);
    }

    [Fact]
    public async Task An_unconfirmed_address_unlocks_nothing()
    {
        var visitor = await TestVisitor.ConsentAsync(_host);
        await ReturningVisitor.LeaveEmailAsync(_host, visitor.Token, Address);
        await _smtp.Mails.NextAsync();

        await ReturningVisitor.RequestLinkAsync(_host, Address);
        var answered = await _host.WithDbAsync(db => db.OutboxMails.CountAsync());

        Assert.Equal(1, answered);
    }

    [Fact]
    public async Task A_mailed_sign_in_link_continues_the_same_visitor_with_a_new_consent_record_and_works_once()
    {
        var (visitor, conversationId) = await ReturningVisitor.ConfirmedAsync(_host, _smtp, Address);

        var request = await ReturningVisitor.RequestLinkAsync(_host, " KIM@mail.example");
        var mail = await _smtp.Mails.NextAsync();
        var token = TestSmtpServer.TokenIn(mail);
        var first = await ReturningVisitor.ContinuedAsync(await ReturningVisitor.ContinueAsync(_host, token));
        var second = await ReturningVisitor.ContinueAsync(_host, token);

        Assert.Equal(HttpStatusCode.Accepted, request.StatusCode);
        Assert.Equal(visitor.VisitorId, first.VisitorId);
        Assert.False(first.AddressConfirmed);
        Assert.Equal(HttpStatusCode.Gone, second.StatusCode);
        Assert.Equal("link_invalid", await ReturningVisitor.ProblemCodeAsync(second));
        var record = await _host.WithDbAsync(db => db.ConsentRecords.AsNoTracking()
            .SingleAsync(r => r.Id == first.ConsentRecordId));
        Assert.Equal((ConsentAction.Granted, "notice", (Guid?)visitor.VisitorId),
            (record.Action, record.Source, record.VisitorId));

        await using var returning = new TestVisitor(_host, first.Token, first.VisitorId);
        var (tab, _) = await returning.ConnectAsync();
        var history = await tab.InvokeAsync<List<MessageView>>(nameof(VisitorHub.GetMessages), conversationId, 0L,
            TestContext.Current.CancellationToken);
        Assert.Equal(["Where is my order?"], history.Select(m => m.Text));
        Assert.DoesNotContain(Address, _host.Logs.All, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Continuing_asks_for_consent_like_a_first_visit_and_an_outdated_notice_keeps_the_link()
    {
        await ReturningVisitor.ConfirmedAsync(_host, _smtp, Address);
        await ReturningVisitor.RequestLinkAsync(_host, Address);
        var token = TestSmtpServer.TokenIn(await _smtp.Mails.NextAsync());

        var outdated = await ReturningVisitor.ContinueAsync(_host, token, noticeVersion: "0000000000000000");
        var current = await ReturningVisitor.ContinueAsync(_host, token);

        Assert.Equal(HttpStatusCode.Conflict, outdated.StatusCode);
        Assert.Equal("notice_outdated", await ReturningVisitor.ProblemCodeAsync(outdated));
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
    }

    [Fact]
    public async Task Two_presses_of_the_same_link_at_once_sign_in_only_one()
    {
        await ReturningVisitor.ConfirmedAsync(_host, _smtp, Address);
        await ReturningVisitor.RequestLinkAsync(_host, Address);
        var token = TestSmtpServer.TokenIn(await _smtp.Mails.NextAsync());

        var presses = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(_ => ReturningVisitor.ContinueAsync(_host, token)));

        Assert.Single(presses, p => p.StatusCode == HttpStatusCode.OK);
        Assert.Equal(3, presses.Count(p => p.StatusCode == HttpStatusCode.Gone));
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_as_a_known_one_and_no_mail()
    {
        await ReturningVisitor.ConfirmedAsync(_host, _smtp, Address);

        var unknown = await ReturningVisitor.RequestLinkAsync(_host, "nobody@mail.example");
        var known = await ReturningVisitor.RequestLinkAsync(_host, Address);
        var mail = await _smtp.Mails.NextAsync();

        Assert.Equal(known.StatusCode, unknown.StatusCode);
        var cancel = TestContext.Current.CancellationToken;
        Assert.Equal(await known.Content.ReadAsStringAsync(cancel), await unknown.Content.ReadAsStringAsync(cancel));
        Assert.Equal(Address, Assert.Single(mail.To.Mailboxes).Address);
        var recipients = await _host.WithDbAsync(db => db.OutboxMails.Select(m => m.Recipient).ToListAsync());
        Assert.DoesNotContain("nobody@mail.example", recipients);
        Assert.True(await _smtp.Mails.StaysEmptyAsync(TimeSpan.FromMilliseconds(500)));
    }

    [Fact]
    public async Task Link_requests_for_one_address_are_limited_with_a_clear_429()
    {
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i <= AddressRateLimiter.PermitLimit; i++)
        {
            answers.Add(await ReturningVisitor.RequestLinkAsync(_host, "limit@mail.example"));
        }

        var refused = answers[^1];
        Assert.All(answers[..^1], a => Assert.Equal(HttpStatusCode.Accepted, a.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("rate_limited", await ReturningVisitor.ProblemCodeAsync(refused));
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.DoesNotContain("limit@mail.example", _host.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_requests_from_one_client_are_limited_whatever_the_address()
    {
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            answers.Add((await ReturningVisitor.RequestLinkAsync(_host, $"person{i}@mail.example")).StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Accepted, 10), answers[..10]);
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[10]);
    }

    [Fact]
    public async Task Anything_but_an_address_is_refused_with_its_code()
    {
        var visitor = await TestVisitor.ConsentAsync(_host);

        var left = await ReturningVisitor.LeaveEmailAsync(_host, visitor.Token, "Kim <kim@mail.example>");
        var requested = await ReturningVisitor.RequestLinkAsync(_host, "not an address");

        Assert.Equal("email_invalid", await ReturningVisitor.ProblemCodeAsync(left));
        Assert.Equal("email_invalid", await ReturningVisitor.ProblemCodeAsync(requested));
        Assert.Equal(HttpStatusCode.BadRequest, requested.StatusCode);
    }

    [Fact]
    public async Task Confirming_an_address_another_browser_of_the_person_holds_joins_both_histories()
    {
        var (first, firstConversation) =
            await ReturningVisitor.ConfirmedAsync(_host, _smtp, Address, "From the laptop");

        var (second, _) = await ReturningVisitor.ConfirmedAsync(_host, _smtp, Address, "From the phone");

        Assert.Equal(first.VisitorId, second.VisitorId);
        var texts = await _host.WithDbAsync(db => db.Messages.AsNoTracking()
            .Where(m => db.Conversations.Any(c => c.Id == m.ConversationId && c.VisitorId == first.VisitorId))
            .Select(m => m.Text).ToListAsync());
        Assert.Equal(["From the laptop", "From the phone"], texts.Order());
        Assert.NotEqual(Guid.Empty, firstConversation);
    }

    [Fact]
    public async Task Removing_the_address_stops_every_link_not_used_yet()
    {
        var (visitor, _) = await ReturningVisitor.ConfirmedAsync(_host, _smtp, Address);
        await ReturningVisitor.RequestLinkAsync(_host, Address);
        var token = TestSmtpServer.TokenIn(await _smtp.Mails.NextAsync());

        using var http = _host.CreateClient();
        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/visitor/{ChatConsentHost.SiteKey}/email");
        delete.Headers.Authorization = new("Bearer", visitor.Token);
        var removed = await http.SendAsync(delete, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await ReturningVisitor.ContinueAsync(_host, token)).StatusCode);
        Assert.Null(await _host.WithDbAsync(db => db.Visitors.Where(v => v.Id == visitor.VisitorId)
            .Select(v => v.Email).SingleAsync()));
    }
}
