using System.Text.Json;
using ChatConsent.Admin;
using ChatConsent.Chat;
using ChatConsent.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatConsent.Tests.Workflow;

public sealed class NoteTests : IAsyncLifetime
{
    private const string Secret = "Customer was rude on the phone last week";
    private readonly ChatConsentHost _host = new();

    public async ValueTask InitializeAsync() => await _host.StartAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Notes_reach_every_agent_but_never_the_visitor_live_over_the_hub_or_over_http()
    {
        await using var agent = await TestAgent.SignInAsync(_host);
        await using var colleague = await SecondAgentAsync();
        var notesSeen = new Inbox<NoteView>();
        colleague.Connection.On<NoteView>("NoteAdded", notesSeen.Add);
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var (tab, inbox) = await visitor.ConnectAsync();
        var visitorHeardOfNotes = 0;
        tab.On<NoteView>("NoteAdded", _ => Interlocked.Increment(ref visitorHeardOfNotes));
        var first = await TestVisitor.SendAsync(tab, "Hello again");
        _ = await inbox.NextAsync();

        var note = await AddNoteAsync(agent, first.ConversationId, Secret);
        await agent.SendAsync(first.ConversationId, "Welcome back!");

        Assert.Equal((Secret, 1L, "Alex from Support"), (note.Text, note.AfterSequence, note.AgentName));
        Assert.Equal(note.Id, (await notesSeen.NextAsync()).Id);
        Assert.Equal("Welcome back!", (await inbox.NextAsync()).Text);
        Assert.Equal(0, visitorHeardOfNotes);
        var overHub = await tab.InvokeAsync<List<MessageView>>("GetMessages", first.ConversationId, 0L,
            TestContext.Current.CancellationToken);
        Assert.Equal(["Hello again", "Welcome back!"], overHub.Select(m => m.Text));
        var overHttp = await VisitorApiAsync(visitor, $"conversations/{first.ConversationId}/messages")
            + await VisitorApiAsync(visitor, "conversations");
        Assert.Contains("Welcome back!", overHttp, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, overHttp, StringComparison.Ordinal);
        var listed = await colleague.Connection.InvokeAsync<List<NoteView>>("GetNotes", first.ConversationId,
            TestContext.Current.CancellationToken);
        Assert.Equal([Secret], listed.Select(n => n.Text));
    }

    [Fact]
    public async Task Adding_the_same_note_again_stores_it_once_and_bad_notes_are_refused_with_a_code()
    {
        await using var agent = await TestAgent.SignInAsync(_host);
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var (tab, _) = await visitor.ConnectAsync();
        var first = await TestVisitor.SendAsync(tab, "Hi");
        var clientNoteId = Guid.NewGuid().ToString();

        var once = await AddNoteAsync(agent, first.ConversationId, "Regular", clientNoteId);
        var twice = await AddNoteAsync(agent, first.ConversationId, "Regular", clientNoteId);
        var empty = await HubRefusals.CodeOfAsync(() => AddNoteAsync(agent, first.ConversationId, " "));
        var tooLong = await HubRefusals.CodeOfAsync(() =>
            AddNoteAsync(agent, first.ConversationId, new string('x', MessageRules.MaxLength + 1)));
        var nowhere = await HubRefusals.CodeOfAsync(() => AddNoteAsync(agent, Guid.NewGuid(), "Lost"));

        Assert.Equal(once.Id, twice.Id);
        Assert.Equal(1, await _host.WithDbAsync(db => db.ConversationNotes.CountAsync()));
        Assert.Equal(("message_empty", "message_too_long", "conversation_not_found"), (empty, tooLong, nowhere));
    }

    [Fact]
    public async Task Export_includes_notes_as_data_about_the_visitor_and_erasure_deletes_them()
    {
        await using var agent = await TestAgent.SignInAsync(_host);
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var (tab, _) = await visitor.ConnectAsync();
        var first = await TestVisitor.SendAsync(tab, "Please call me back");
        await AddNoteAsync(agent, first.ConversationId, Secret);
        await using var scope = _host.Services.CreateAsyncScope();
        var rights = scope.ServiceProvider.GetRequiredService<VisitorDataRights>();
        var admin = new Actor("admin-id", "admin@test");

        var export = await rights.ExportAsync(visitor.VisitorId, admin, TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(export, Json.Options));
        await rights.EraseAsync(visitor.VisitorId, admin, TestContext.Current.CancellationToken);

        var notes = json.RootElement.GetProperty("conversations")[0].GetProperty("notes");
        Assert.Equal(Secret, notes[0].GetProperty("text").GetString());
        Assert.Equal("Alex from Support", notes[0].GetProperty("agentName").GetString());
        Assert.False(string.IsNullOrWhiteSpace(
            json.RootElement.GetProperty("fields").GetProperty("conversations.notes").GetString()));
        Assert.Equal(0, await _host.WithDbAsync(db => db.ConversationNotes.CountAsync()));
    }

    private async Task<TestAgent> SecondAgentAsync()
    {
        await TestAgentAccounts.CreateAsync(_host, "sam@shop.example", "Sam");
        return await TestAgent.SignInAsync(_host, "sam@shop.example", TestAgentAccounts.Password);
    }

    private static Task<NoteView> AddNoteAsync(TestAgent agent, Guid conversationId, string text,
        string? clientNoteId = null) =>
        agent.Connection.InvokeAsync<NoteView>("AddNote",
            new AddNoteRequest(conversationId, clientNoteId ?? Guid.NewGuid().ToString(), text),
            TestContext.Current.CancellationToken);

    private async Task<string> VisitorApiAsync(TestVisitor visitor, string path)
    {
        using var http = _host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", visitor.Token);
        var response = await http.GetAsync($"/api/visitor/shop/{path}", TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }
}
