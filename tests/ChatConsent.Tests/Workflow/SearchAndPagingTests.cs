using ChatConsent.Chat;
using ChatConsent.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static ChatConsent.Tests.Workflow.AssignmentTests;

namespace ChatConsent.Tests.Workflow;

public sealed class SearchAndPagingTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    // A clock that stands still unless a test moves it: several conversations share one time,
    // which is where a cursor that skips or repeats would show.
    private readonly FakeTimeProvider _clock = new(Start);
    private readonly ChatConsentHost _host;

    public SearchAndPagingTests() => _host = new ChatConsentHost { Clock = _clock };

    public async ValueTask InitializeAsync() => await _host.StartAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Conversation_list_pages_by_cursor_through_every_conversation_exactly_once()
    {
        await using var agent = await TestAgent.SignInAsync(_host);
        var written = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            written.Add(await VisitorWritesAsync($"Question {i}"));
            _clock.Advance(TimeSpan.FromSeconds(i % 2));
        }

        var seen = new List<Guid>();
        var pages = 0;
        string? cursor = null;
        do
        {
            var page = await FindAsync(agent, new ConversationFilter(Scope: "all", Cursor: cursor, Limit: 3));
            seen.AddRange(page.Items.Select(c => c.Id));
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(3, pages);
        Assert.Equal(written.Order(), seen.Order());
        Assert.Equal(seen.Count, seen.Distinct().Count());
        var times = await _host.WithDbAsync(db => db.Conversations.ToDictionaryAsync(c => c.Id, c => c.LastMessageAt));
        Assert.Equal(seen.Select(id => times[id]).OrderDescending(), seen.Select(id => times[id]));
    }

    [Fact]
    public async Task Search_finds_by_message_text_by_note_text_and_by_visitor_email_ignoring_case()
    {
        await using var agent = await TestAgent.SignInAsync(_host);
        var grinder = await VisitorWritesAsync("Is the Grinder on sale?");
        var beans = await VisitorWritesAsync("Which beans for espresso?");
        var percent = await VisitorWritesAsync("Do you give 10% off?");
        await agent.Connection.InvokeAsync<NoteView>("AddNote",
            new AddNoteRequest(beans, Guid.NewGuid().ToString(), "Wholesale customer"),
            TestContext.Current.CancellationToken);
        await SetEmailAsync(grinder, "Ana@Example.org");

        var byText = await FindAsync(agent, new ConversationFilter(Text: "grinder"));
        var byNote = await FindAsync(agent, new ConversationFilter(Text: "wholesale"));
        var byEmail = await FindAsync(agent, new ConversationFilter(VisitorEmail: "ana@example"));
        var byWildcard = await FindAsync(agent, new ConversationFilter(Text: "%"));
        var byNothing = await FindAsync(agent, new ConversationFilter(Text: "decaf"));

        Assert.Equal([grinder], byText.Items.Select(c => c.Id));
        Assert.Equal([beans], byNote.Items.Select(c => c.Id));
        Assert.Equal([grinder], byEmail.Items.Select(c => c.Id));
        Assert.Equal([percent], byWildcard.Items.Select(c => c.Id));
        Assert.Empty(byNothing.Items);
    }

    [Fact]
    public async Task Search_by_date_range_finds_conversations_active_in_it_and_by_status()
    {
        await using var agent = await TestAgent.SignInAsync(_host);
        var early = await VisitorWritesAsync("Early bird");
        _clock.Advance(TimeSpan.FromDays(3));
        var late = await VisitorWritesAsync("Late arrival");
        await InvokeAsync(agent, "Close", late);

        var fromDayTwo = await FindAsync(agent, new ConversationFilter(From: Start.AddDays(2)));
        var untilDayTwo = await FindAsync(agent, new ConversationFilter(To: Start.AddDays(2)));
        var closed = await FindAsync(agent, new ConversationFilter(Status: "closed"));
        var open = await FindAsync(agent, new ConversationFilter(Status: "open"));

        Assert.Equal([late], fromDayTwo.Items.Select(c => c.Id));
        Assert.Equal([early], untilDayTwo.Items.Select(c => c.Id));
        Assert.Equal([late], closed.Items.Select(c => c.Id));
        Assert.Equal([early], open.Items.Select(c => c.Id));
    }

    [Fact]
    public async Task Unreadable_filters_are_refused_with_a_code()
    {
        await using var agent = await TestAgent.SignInAsync(_host);

        var codes = new[]
        {
            await HubRefusals.CodeOfAsync(() => FindAsync(agent, new ConversationFilter(Scope: "theirs"))),
            await HubRefusals.CodeOfAsync(() => FindAsync(agent, new ConversationFilter(Cursor: "not-a-cursor"))),
            await HubRefusals.CodeOfAsync(() => FindAsync(agent, new ConversationFilter(Limit: 1000))),
            await HubRefusals.CodeOfAsync(() => FindAsync(agent, new ConversationFilter(From: Start, To: Start))),
        };

        Assert.All(codes, code => Assert.Equal("invalid_request", code));
    }

    [Fact]
    public async Task Long_history_loads_from_its_end_and_pages_back_to_the_first_message()
    {
        await using var agent = await TestAgent.SignInAsync(_host);
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var (tab, _) = await visitor.ConnectAsync();
        var first = await TestVisitor.SendAsync(tab, "Message 1");
        for (var i = 2; i <= 12; i++)
        {
            await TestVisitor.SendAsync(tab, $"Message {i}");
        }

        var latest = await BeforeAsync(agent, first.ConversationId, null, 5);
        var earlier = await BeforeAsync(agent, first.ConversationId, latest[0].Sequence, 5);
        var earliest = await BeforeAsync(agent, first.ConversationId, earlier[0].Sequence, 5);
        var missing = await HubRefusals.CodeOfAsync(() => BeforeAsync(agent, Guid.NewGuid(), null, 5));
        var none = await HubRefusals.CodeOfAsync(() => BeforeAsync(agent, first.ConversationId, null, 0));
        var tooMany = await HubRefusals.CodeOfAsync(() => BeforeAsync(agent, first.ConversationId, null, 201));

        Assert.Equal([8L, 9, 10, 11, 12], latest.Select(m => m.Sequence));
        Assert.Equal([3L, 4, 5, 6, 7], earlier.Select(m => m.Sequence));
        Assert.Equal(["Message 1", "Message 2"], earliest.Select(m => m.Text));
        Assert.Equal("conversation_not_found", missing);
        Assert.Equal(["invalid_request", "invalid_request"], [none, tooMany]);
    }

    private static Task<List<MessageView>> BeforeAsync(TestAgent agent, Guid conversationId, long? before, int limit) =>
        agent.Connection.InvokeAsync<List<MessageView>>("GetMessagesBefore", conversationId, before, limit,
            TestContext.Current.CancellationToken);

    private Task<int> SetEmailAsync(Guid conversationId, string email) =>
        _host.WithDbAsync(db => db.Visitors
            .Where(v => db.Conversations.Any(c => c.Id == conversationId && c.VisitorId == v.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(v => v.Email, email)));

    private async Task<Guid> VisitorWritesAsync(string text)
    {
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var (tab, _) = await visitor.ConnectAsync();
        return (await TestVisitor.SendAsync(tab, text)).ConversationId;
    }
}
