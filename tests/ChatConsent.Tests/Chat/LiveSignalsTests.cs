using System.Text.Json;
using ChatConsent.Chat;
using ChatConsent.Data;
using ChatConsent.Tests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace ChatConsent.Tests.Chat;

/// <summary>Typing indicators, read marks and unread counts over real hub connections.</summary>
public sealed class LiveSignalsTests : IAsyncLifetime
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(700);

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly ChatConsentHost _host;

    public LiveSignalsTests() => _host = new ChatConsentHost { Clock = _clock };

    public async ValueTask InitializeAsync() => await _host.StartAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Visitor_typing_reaches_the_agents_and_leaves_no_trace_in_the_database()
    {
        await using var agent = await TestAgent.SignInAsync(_host);
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var (tab, _) = await visitor.ConnectAsync(ChatConsentHost.SiteOrigin);
        var ack = await TestVisitor.SendAsync(tab, "Hello?");
        var typing = Listen<TypingSignal>(agent.Connection, nameof(IAgentClient.Typing));
        var before = await DatabaseSnapshotAsync();

        await tab.InvokeAsync(nameof(VisitorHub.Typing), ack.ConversationId, Cancel);
        var signal = await typing.NextAsync();

        Assert.Equal(new TypingSignal(ack.ConversationId, "visitor", null), signal);
        Assert.Equal(before, await DatabaseSnapshotAsync());
    }

    [Fact]
    public async Task Agent_typing_reaches_every_tab_of_the_visitor_with_the_agents_name_and_leaves_no_trace()
    {
        await using var agent = await TestAgent.SignInAsync(_host);
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var (first, _) = await visitor.ConnectAsync(ChatConsentHost.SiteOrigin);
        var (second, _) = await visitor.ConnectAsync(ChatConsentHost.SiteOrigin);
        var ack = await TestVisitor.SendAsync(first, "Is anyone there?");
        var firstTyping = Listen<TypingSignal>(first, nameof(IVisitorClient.Typing));
        var secondTyping = Listen<TypingSignal>(second, nameof(IVisitorClient.Typing));
        var before = await DatabaseSnapshotAsync();

        await agent.Connection.InvokeAsync(nameof(AgentHub.Typing), ack.ConversationId, Cancel);

        var expected = new TypingSignal(ack.ConversationId, "agent", "Alex from Support");
        Assert.Equal(expected, await firstTyping.NextAsync());
        Assert.Equal(expected, await secondTyping.NextAsync());
        Assert.Equal(before, await DatabaseSnapshotAsync());
    }

    [Fact]
    public async Task A_burst_of_typing_signals_is_relayed_once_until_the_throttle_window_has_passed()
    {
        await using var agent = await TestAgent.SignInAsync(_host);
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var (tab, _) = await visitor.ConnectAsync(ChatConsentHost.SiteOrigin);
        var ack = await TestVisitor.SendAsync(tab, "Typing a lot");
        var typing = Listen<TypingSignal>(agent.Connection, nameof(IAgentClient.Typing));

        for (var i = 0; i < 10; i++)
        {
            await tab.InvokeAsync(nameof(VisitorHub.Typing), ack.ConversationId, Cancel);
        }

        await typing.NextAsync();
        Assert.True(await typing.StaysEmptyAsync(Quiet), "a burst was relayed more than once");

        _clock.Advance(TypingThrottle.Window);
        await tab.InvokeAsync(nameof(VisitorHub.Typing), ack.ConversationId, Cancel);
        Assert.Equal(ack.ConversationId, (await typing.NextAsync()).ConversationId);
    }

    [Fact]
    public async Task A_new_message_lets_the_next_typing_signal_through_at_once()
    {
        await using var agent = await TestAgent.SignInAsync(_host);
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var (tab, _) = await visitor.ConnectAsync(ChatConsentHost.SiteOrigin);
        var ack = await TestVisitor.SendAsync(tab, "First");
        var typing = Listen<TypingSignal>(agent.Connection, nameof(IAgentClient.Typing));
        await tab.InvokeAsync(nameof(VisitorHub.Typing), ack.ConversationId, Cancel);
        await typing.NextAsync();

        await TestVisitor.SendAsync(tab, "Second");
        await tab.InvokeAsync(nameof(VisitorHub.Typing), ack.ConversationId, Cancel);

        Assert.Equal(ack.ConversationId, (await typing.NextAsync()).ConversationId);
    }

    [Fact]
    public async Task Typing_into_another_visitors_conversation_is_refused_and_reaches_nobody()
    {
        await using var agent = await TestAgent.SignInAsync(_host);
        await using var owner = await TestVisitor.ConsentAsync(_host);
        await using var stranger = await TestVisitor.ConsentAsync(_host);
        var (ownerTab, _) = await owner.ConnectAsync(ChatConsentHost.SiteOrigin);
        var (strangerTab, _) = await stranger.ConnectAsync(ChatConsentHost.SiteOrigin);
        var ack = await TestVisitor.SendAsync(ownerTab, "My own conversation");
        var typing = Listen<TypingSignal>(agent.Connection, nameof(IAgentClient.Typing));

        var refused = await Assert.ThrowsAsync<HubException>(() =>
            strangerTab.InvokeAsync(nameof(VisitorHub.Typing), ack.ConversationId, Cancel));

        Assert.Contains("HubException: conversation_not_found:", refused.Message, StringComparison.Ordinal);
        Assert.True(await typing.StaysEmptyAsync(Quiet));
    }

    [Fact]
    public async Task Agents_read_mark_is_stored_and_pushed_to_every_tab_of_the_visitor_and_to_the_agents()
    {
        await using var agent = await TestAgent.SignInAsync(_host);
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var (first, _) = await visitor.ConnectAsync(ChatConsentHost.SiteOrigin);
        var (second, _) = await visitor.ConnectAsync(ChatConsentHost.SiteOrigin);
        await TestVisitor.SendAsync(first, "One");
        var ack = await TestVisitor.SendAsync(first, "Two");
        var firstReceipts = Listen<ReadReceipt>(first, nameof(IVisitorClient.ReadReceipt));
        var secondReceipts = Listen<ReadReceipt>(second, nameof(IVisitorClient.ReadReceipt));
        var agentReceipts = Listen<ReadReceipt>(agent.Connection, nameof(IAgentClient.ReadReceipt));

        var answer = await MarkReadByAgentAsync(agent, ack.ConversationId, ack.Sequence);

        var expected = new ReadReceipt(ack.ConversationId, "agent", 2);
        Assert.Equal(expected, answer);
        Assert.Equal(expected, await firstReceipts.NextAsync());
        Assert.Equal(expected, await secondReceipts.NextAsync());
        Assert.Equal(expected, await agentReceipts.NextAsync());
        Assert.Equal(2, await StoredMarkAsync(ack.ConversationId, c => c.AgentReadThrough));
    }

    [Fact]
    public async Task Visitors_read_mark_is_pushed_to_the_agents_and_never_moves_back_or_past_the_newest_message()
    {
        await using var agent = await TestAgent.SignInAsync(_host);
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var (tab, _) = await visitor.ConnectAsync(ChatConsentHost.SiteOrigin);
        var ack = await TestVisitor.SendAsync(tab, "Question");
        await agent.SendAsync(ack.ConversationId, "Answer one");
        await agent.SendAsync(ack.ConversationId, "Answer two");
        var agentReceipts = Listen<ReadReceipt>(agent.Connection, nameof(IAgentClient.ReadReceipt));

        var past = await MarkReadByVisitorAsync(tab, ack.ConversationId, 99);
        var back = await MarkReadByVisitorAsync(tab, ack.ConversationId, 1);

        Assert.Equal(new ReadReceipt(ack.ConversationId, "visitor", 3), past);
        Assert.Equal(past, back);
        Assert.Equal(past, await agentReceipts.NextAsync());
        Assert.True(await agentReceipts.StaysEmptyAsync(Quiet), "a mark that did not move was pushed");
        Assert.Equal(3, await StoredMarkAsync(ack.ConversationId, c => c.VisitorReadThrough));
    }

    [Fact]
    public async Task Marking_another_visitors_conversation_read_is_refused_and_moves_no_mark()
    {
        await using var agent = await TestAgent.SignInAsync(_host);
        await using var owner = await TestVisitor.ConsentAsync(_host);
        await using var stranger = await TestVisitor.ConsentAsync(_host);
        var (ownerTab, _) = await owner.ConnectAsync(ChatConsentHost.SiteOrigin);
        var (strangerTab, _) = await stranger.ConnectAsync(ChatConsentHost.SiteOrigin);
        var ack = await TestVisitor.SendAsync(ownerTab, "Mine");
        var reply = await agent.SendAsync(ack.ConversationId, "Not read yet");
        var ownerReceipts = Listen<ReadReceipt>(ownerTab, nameof(IVisitorClient.ReadReceipt));

        var refused = await Assert.ThrowsAsync<HubException>(() =>
            MarkReadByVisitorAsync(strangerTab, ack.ConversationId, reply.Sequence));

        Assert.Contains("HubException: conversation_not_found:", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, await StoredMarkAsync(ack.ConversationId, c => c.VisitorReadThrough));
        Assert.True(await ownerReceipts.StaysEmptyAsync(Quiet));
    }

    [Fact]
    public async Task Unread_count_follows_the_agents_read_mark_and_survives_a_new_console_connection()
    {
        await using var agent = await TestAgent.SignInAsync(_host);
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var (tab, _) = await visitor.ConnectAsync(ChatConsentHost.SiteOrigin);
        await TestVisitor.SendAsync(tab, "One");
        await TestVisitor.SendAsync(tab, "Two");
        var third = await TestVisitor.SendAsync(tab, "Three");

        var unreadAtFirst = Unread(await SummaryAsync(agent, third.ConversationId));
        await MarkReadByAgentAsync(agent, third.ConversationId, 2);
        await using var reloaded = await TestAgent.SignInAsync(_host);
        var unreadAfterReading = Unread(await SummaryAsync(reloaded, third.ConversationId));
        await reloaded.SendAsync(third.ConversationId, "Thanks, on it.");
        var unreadAfterReply = Unread(await SummaryAsync(agent, third.ConversationId));
        await TestVisitor.SendAsync(tab, "Four");
        var unreadAfterNewMessage = Unread(await SummaryAsync(reloaded, third.ConversationId));

        Assert.Equal(3, unreadAtFirst);
        Assert.Equal(1, unreadAfterReading);
        Assert.Equal(0, unreadAfterReply);
        Assert.Equal(1, unreadAfterNewMessage);
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static long Unread(ConversationSummary summary) => summary.LastSequence - summary.AgentReadThrough;

    private static Inbox<T> Listen<T>(HubConnection connection, string eventName)
    {
        var inbox = new Inbox<T>();
        connection.On<T>(eventName, inbox.Add);
        return inbox;
    }

    private static Task<ReadReceipt> MarkReadByAgentAsync(TestAgent agent, Guid conversationId, long through) =>
        agent.Connection.InvokeAsync<ReadReceipt>(nameof(AgentHub.MarkRead), conversationId, through, Cancel);

    private static Task<ReadReceipt> MarkReadByVisitorAsync(HubConnection tab, Guid conversationId, long through) =>
        tab.InvokeAsync<ReadReceipt>(nameof(VisitorHub.MarkRead), conversationId, through, Cancel);

    private static async Task<ConversationSummary> SummaryAsync(TestAgent agent, Guid conversationId)
    {
        var list = await agent.Connection.InvokeAsync<List<ConversationSummary>>(
            nameof(AgentHub.GetConversations), Cancel);
        return Assert.Single(list, c => c.Id == conversationId);
    }

    private Task<long> StoredMarkAsync(Guid conversationId, Func<Conversation, long> mark) =>
        _host.WithDbAsync(async db =>
            mark(await db.Conversations.AsNoTracking().SingleAsync(c => c.Id == conversationId)));

    /// <summary>Every row a chat signal could conceivably touch, as JSON, so any changed column shows.</summary>
    private Task<string> DatabaseSnapshotAsync() => _host.WithDbAsync(async db => JsonSerializer.Serialize(new
    {
        conversations = await db.Conversations.AsNoTracking().OrderBy(c => c.Id).ToListAsync(),
        messages = await db.Messages.AsNoTracking().OrderBy(m => m.Id).ToListAsync(),
        visitors = await db.Visitors.AsNoTracking().OrderBy(v => v.Id).ToListAsync(),
        identities = await db.VisitorIdentities.AsNoTracking().OrderBy(i => i.Id).ToListAsync(),
        consentRecords = await db.ConsentRecords.AsNoTracking().CountAsync(),
        audit = await db.AuditEntries.AsNoTracking().CountAsync(),
    }));
}
