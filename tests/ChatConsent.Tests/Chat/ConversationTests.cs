using ChatConsent.Chat;
using ChatConsent.Tests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace ChatConsent.Tests.Chat;

public sealed class ConversationTests : IAsyncLifetime
{
    private readonly ChatConsentHost _host = new();

    public async ValueTask InitializeAsync() => await _host.StartAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Visitor_message_reaches_the_agent_and_the_reply_reaches_the_visitor()
    {
        await using var agent = await TestAgent.SignInAsync(_host);
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var (tab, visitorInbox) = await visitor.ConnectAsync(ChatConsentHost.SiteOrigin);

        var ack = await TestVisitor.SendAsync(tab, "Do you ship to Austria?");
        var seenByAgent = await agent.Messages.NextAsync();
        var listed = await agent.Conversations.NextAsync();
        await agent.SendAsync(ack.ConversationId, "Yes, within three days.");
        var ownEcho = await visitorInbox.NextAsync();
        var reply = await visitorInbox.NextAsync();

        Assert.Equal(1, ack.Sequence);
        Assert.Equal("Do you ship to Austria?", seenByAgent.Text);
        Assert.Equal("visitor", seenByAgent.Sender);
        Assert.Equal(ack.ConversationId, listed.Id);
        Assert.Equal(ack.MessageId, ownEcho.Id);
        Assert.Equal("Yes, within three days.", reply.Text);
        Assert.Equal("agent", reply.Sender);
        Assert.Equal("Alex from Support", reply.AgentName);
        Assert.Equal(2, reply.Sequence);
    }

    [Fact]
    public async Task Message_is_stored_before_it_is_acknowledged()
    {
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var (tab, _) = await visitor.ConnectAsync();

        var ack = await TestVisitor.SendAsync(tab, "Stored first");
        var stored = await _host.WithDbAsync(db => db.Messages.AsNoTracking().SingleAsync(m => m.Id == ack.MessageId));

        Assert.Equal("Stored first", stored.Text);
        Assert.Equal(ack.Sequence, stored.Sequence);
        Assert.Equal(ack.SentAt, stored.SentAt);
    }

    [Fact]
    public async Task Resend_with_the_same_client_message_id_returns_the_same_ack_and_stores_nothing_new()
    {
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var (tab, _) = await visitor.ConnectAsync();
        var clientMessageId = Guid.NewGuid().ToString();

        var first = await TestVisitor.SendAsync(tab, "Hello?", clientMessageId: clientMessageId);
        var again = await TestVisitor.SendAsync(tab, "Hello?", clientMessageId: clientMessageId);
        var againExplicit = await TestVisitor.SendAsync(tab, "Hello?", first.ConversationId, clientMessageId);
        var count = await _host.WithDbAsync(db =>
            db.Messages.CountAsync(m => m.ConversationId == first.ConversationId));

        Assert.Equal(first, again);
        Assert.Equal(first, againExplicit);
        Assert.Equal(1, count);
    }

    [Fact]
    public async Task Agent_resend_is_not_stored_twice()
    {
        await using var agent = await TestAgent.SignInAsync(_host);
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var (tab, _) = await visitor.ConnectAsync();
        var ack = await TestVisitor.SendAsync(tab, "Hi");
        var clientMessageId = Guid.NewGuid().ToString();

        var first = await agent.SendAsync(ack.ConversationId, "Hello!", clientMessageId);
        var again = await agent.SendAsync(ack.ConversationId, "Hello!", clientMessageId);
        var count = await _host.WithDbAsync(db => db.Messages.CountAsync(m => m.ConversationId == ack.ConversationId));

        Assert.Equal(first, again);
        Assert.Equal(2, count);
    }

    [Fact]
    public async Task Reconnecting_client_gets_what_it_missed_in_order()
    {
        await using var agent = await TestAgent.SignInAsync(_host);
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var (tab, _) = await visitor.ConnectAsync();
        var ack = await TestVisitor.SendAsync(tab, "First");
        await tab.StopAsync(TestContext.Current.CancellationToken);

        await agent.SendAsync(ack.ConversationId, "Reply one");
        await agent.SendAsync(ack.ConversationId, "Reply two");
        await agent.SendAsync(ack.ConversationId, "Reply three");
        var (again, _) = await visitor.ConnectAsync();
        var missed = await again.InvokeAsync<List<MessageView>>(nameof(VisitorHub.GetMessages), ack.ConversationId,
            ack.Sequence, TestContext.Current.CancellationToken);

        Assert.Equal(["Reply one", "Reply two", "Reply three"], missed.Select(m => m.Text));
        Assert.Equal([2L, 3L, 4L], missed.Select(m => m.Sequence));
    }

    [Fact]
    public async Task Every_open_tab_of_the_visitor_gets_the_agents_reply()
    {
        await using var agent = await TestAgent.SignInAsync(_host);
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var (firstTab, firstInbox) = await visitor.ConnectAsync();
        var (_, secondInbox) = await visitor.ConnectAsync();
        var ack = await TestVisitor.SendAsync(firstTab, "Two tabs open");
        await firstInbox.NextAsync();
        await secondInbox.NextAsync();

        await agent.SendAsync(ack.ConversationId, "Seen everywhere");

        Assert.Equal("Seen everywhere", (await firstInbox.NextAsync()).Text);
        Assert.Equal("Seen everywhere", (await secondInbox.NextAsync()).Text);
    }

    [Fact]
    public async Task Visitor_cannot_read_or_write_another_visitors_conversation()
    {
        await using var owner = await TestVisitor.ConsentAsync(_host);
        await using var intruder = await TestVisitor.ConsentAsync(_host);
        var (ownerTab, _) = await owner.ConnectAsync();
        var (intruderTab, intruderInbox) = await intruder.ConnectAsync();
        var ack = await TestVisitor.SendAsync(ownerTab, "Private");

        var read = await Assert.ThrowsAsync<HubException>(() => intruderTab.InvokeAsync<List<MessageView>>(
            nameof(VisitorHub.GetMessages), ack.ConversationId, 0L, TestContext.Current.CancellationToken));
        var write = await Assert.ThrowsAsync<HubException>(() =>
            TestVisitor.SendAsync(intruderTab, "Let me in", ack.ConversationId));
        await TestVisitor.SendAsync(ownerTab, "Still private");
        using var http = _host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", intruder.Token);
        var viaApi = await http.GetAsync($"/api/visitor/shop/conversations/{ack.ConversationId}/messages",
            TestContext.Current.CancellationToken);

        Assert.Contains("conversation_not_found", read.Message, StringComparison.Ordinal);
        Assert.Contains("conversation_not_found", write.Message, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, viaApi.StatusCode);
        Assert.True(await intruderInbox.StaysEmptyAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Theory]
    [InlineData("", "message_empty")]
    [InlineData("   \n ", "message_empty")]
    [InlineData(null, "message_too_long")]
    public async Task Unacceptable_message_gets_a_stable_code_and_the_connection_stays_usable(string? text, string code)
    {
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var (tab, _) = await visitor.ConnectAsync();

        var refused = await Assert.ThrowsAsync<HubException>(() =>
            TestVisitor.SendAsync(tab, text ?? new string('a', MessageRules.MaxLength + 1)));
        var accepted = await TestVisitor.SendAsync(tab, new string('b', MessageRules.MaxLength));

        Assert.Contains($"HubException: {code}: ", refused.Message, StringComparison.Ordinal);
        Assert.Equal(HubConnectionState.Connected, tab.State);
        Assert.Equal(1, accepted.Sequence);
    }

    [Fact]
    public async Task Null_where_a_request_belongs_gets_invalid_request_on_both_hubs_and_stores_nothing()
    {
        await using var agent = await TestAgent.SignInAsync(_host);
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var (tab, _) = await visitor.ConnectAsync();
        var cancel = TestContext.Current.CancellationToken;

        var send = await HubRefusals.CodeOfAsync(() => tab.InvokeAsync<MessageAck>("Send", null, cancel));
        var report = await HubRefusals.CodeOfAsync(() => tab.InvokeAsync("ReportPage", null, cancel));
        var note = await HubRefusals.CodeOfAsync(() => agent.Connection.InvokeAsync<NoteView>("AddNote", null, cancel));
        var accepted = await TestVisitor.SendAsync(tab, "Still here");

        Assert.Equal(["invalid_request", "invalid_request", "invalid_request"], [send, report, note]);
        Assert.Equal(1, accepted.Sequence);
        Assert.Equal(1, await _host.WithDbAsync(db => db.Messages.CountAsync(cancel)));
    }
}
