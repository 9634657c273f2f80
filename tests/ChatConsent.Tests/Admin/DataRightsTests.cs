using System.Net;
using System.Text.Json;
using ChatConsent.Admin;
using ChatConsent.Chat;
using ChatConsent.Consent;
using ChatConsent.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatConsent.Tests.Admin;

public sealed class DataRightsTests : IAsyncLifetime
{
    private static readonly Actor Admin = new("admin-id", "admin@test");
    private readonly ChatConsentHost _host = new();

    public async ValueTask InitializeAsync() => await _host.StartAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Export_holds_everything_kept_about_the_visitor_and_says_what_each_field_means()
    {
        var (visitor, ack) = await ConversationWithReplyAsync();
        await using var scope = _host.Services.CreateAsyncScope();
        var rights = scope.ServiceProvider.GetRequiredService<VisitorDataRights>();

        var byConversation = Assert.Single(await rights.FindAsync(ack.ConversationId.ToString(),
            TestContext.Current.CancellationToken));
        var export = await rights.ExportAsync(byConversation.VisitorId, Admin,
            TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(export, Json.Options));
        var root = json.RootElement;

        Assert.Equal(visitor.VisitorId, byConversation.VisitorId);
        Assert.Equal(visitor.VisitorId.ToString(), root.GetProperty("visitor").GetProperty("id").GetString());
        var messages = root.GetProperty("conversations")[0].GetProperty("messages");
        Assert.Equal(["Is the grinder still on sale?", "Yes, until Sunday."],
            messages.EnumerateArray().Select(m => m.GetProperty("text").GetString()));
        Assert.Equal("Alex from Support", messages[1].GetProperty("agentName").GetString());
        Assert.Equal("notice", root.GetProperty("consentRecords")[0].GetProperty("source").GetString());
        Assert.Equal(1, root.GetProperty("identities").GetArrayLength());
        Assert.Equal(0, root.GetProperty("mailsSent").GetArrayLength());
        foreach (var field in new[] { "visitor.id", "conversations", "consentRecords", "identities", "mailsSent" })
        {
            Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("fields").GetProperty(field).GetString()));
        }
    }

    [Fact]
    public async Task Erasure_leaves_nothing_but_the_consent_proof_without_its_link_and_ends_the_identity()
    {
        var (visitor, ack) = await ConversationWithReplyAsync();
        var (tab, _) = await visitor.ConnectAsync();
        var closed = new TaskCompletionSource();
        tab.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };

        await using (var scope = _host.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<VisitorDataRights>()
                .EraseAsync(visitor.VisitorId, Admin, TestContext.Current.CancellationToken));
        }

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await AssertErasedAsync(visitor, ack);
        var audit = await _host.WithDbAsync(db =>
            db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == "visitor_erased"));
        Assert.Equal($"visitor:{visitor.VisitorId}", audit.Subject);
        Assert.Null(audit.OldValue);
        Assert.Equal("admin@test", audit.ActorName);
    }

    [Fact]
    public async Task Visitor_deletes_their_own_chat_data_from_the_widget()
    {
        var (visitor, ack) = await ConversationWithReplyAsync();
        using var http = _host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", visitor.Token);

        var deleted = await http.DeleteAsync("/api/visitor/shop/data", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await AssertErasedAsync(visitor, ack);
    }

    private async Task AssertErasedAsync(TestVisitor visitor, MessageAck ack)
    {
        using var http = _host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", visitor.Token);
        var afterwards = await http.GetAsync("/api/visitor/shop/conversations", TestContext.Current.CancellationToken);
        var left = await _host.WithDbAsync(async db => new
        {
            Visitors = await db.Visitors.CountAsync(v => v.Id == visitor.VisitorId),
            Identities = await db.VisitorIdentities.CountAsync(i => i.VisitorId == visitor.VisitorId),
            Conversations = await db.Conversations.CountAsync(c => c.Id == ack.ConversationId),
            Messages = await db.Messages.CountAsync(m => m.ConversationId == ack.ConversationId),
            Linked = await db.ConsentRecords.CountAsync(r => r.VisitorId == visitor.VisitorId),
            Proof = await db.ConsentRecords.Where(r => r.Action == ConsentAction.Granted).ToListAsync(),
        });

        Assert.Equal(HttpStatusCode.Forbidden, afterwards.StatusCode);
        Assert.Equal((0, 0, 0, 0, 0), (left.Visitors, left.Identities, left.Conversations, left.Messages, left.Linked));
        var proof = Assert.Single(left.Proof);
        Assert.Null(proof.VisitorId);
        Assert.False(string.IsNullOrEmpty(proof.NoticeVersion));
        Assert.False(string.IsNullOrEmpty(proof.EvidenceDigest));
    }

    private async Task<(TestVisitor Visitor, MessageAck Ack)> ConversationWithReplyAsync()
    {
        await using var agent = await TestAgent.SignInAsync(_host);
        var visitor = await TestVisitor.ConsentAsync(_host);
        var (tab, _) = await visitor.ConnectAsync();
        var ack = await TestVisitor.SendAsync(tab, "Is the grinder still on sale?");
        await agent.SendAsync(ack.ConversationId, "Yes, until Sunday.");
        await tab.StopAsync(TestContext.Current.CancellationToken);
        return (visitor, ack);
    }
}
