using ChatConsent.Chat;
using ChatConsent.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;

namespace ChatConsent.Tests.Chat;

public sealed class RestartTests
{
    [Fact]
    public async Task Restarting_the_service_keeps_every_message_and_the_visitors_identity()
    {
        var databaseFile = Path.Combine(Path.GetTempPath(), $"chatconsent-restart-{Guid.NewGuid():N}.db");
        MessageAck first, second;
        string token;
        await using (var before = await new ChatConsentHost(databaseFile) { KeepsDatabase = true }.StartAsync())
        {
            await using var agent = await TestAgent.SignInAsync(before);
            await using var visitor = await TestVisitor.ConsentAsync(before);
            var (tab, _) = await visitor.ConnectAsync();
            first = await TestVisitor.SendAsync(tab, "Before the restart");
            second = await agent.SendAsync(first.ConversationId, "Noted");
            token = visitor.Token;
        }

        await using var after = await new ChatConsentHost(databaseFile).StartAsync();
        await using var returning = new TestVisitor(after, token, Guid.Empty);
        var (again, _) = await returning.ConnectAsync();
        var history = await again.InvokeAsync<List<MessageView>>(nameof(VisitorHub.GetMessages), first.ConversationId,
            0L, TestContext.Current.CancellationToken);
        var next = await TestVisitor.SendAsync(again, "After the restart", first.ConversationId);

        Assert.Equal(["Before the restart", "Noted"], history.Select(m => m.Text));
        Assert.Equal([first.MessageId, second.MessageId], history.Select(m => m.Id));
        Assert.Equal(3, next.Sequence);
    }
}
