using ChatConsent.Visitors;
using Microsoft.AspNetCore.SignalR;

namespace ChatConsent.Chat;

/// <summary>
/// What visitors and agents can do in a conversation. Every message is stored first; only a
/// newly stored one is delivered, to every tab of the visitor and to every agent.
/// </summary>
public sealed class ChatService(
    ChatStore store,
    ConversationQueries conversations,
    ConversationAssignments assignments,
    IHubContext<VisitorHub, IVisitorClient> visitors,
    IHubContext<AgentHub, IAgentClient> agents,
    Returning.DigestScheduler digests)
{
    public const int MaxPage = 200;

    public async Task<MessageAck> SendFromVisitorAsync(VisitorSession session, VisitorSendRequest request,
        CancellationToken cancellationToken)
    {
        var (clientMessageId, text) = Validate(request.ClientMessageId, request.Text);
        var conversationId = request.ConversationId is { } requested
            ? await RequireOwnedAsync(requested, session, cancellationToken)
            : await ResolveVisitorConversationAsync(session, clientMessageId, cancellationToken);

        var stored = await store.AppendAsync(conversationId, SenderKind.Visitor, null, clientMessageId, text,
            cancellationToken);
        if (stored.IsNew)
        {
            await assignments.ReopenForVisitorAsync(conversationId, cancellationToken);
        }

        await DeliverAsync(stored, session.VisitorId, cancellationToken);
        return stored.Ack;
    }

    public async Task<MessageAck> SendFromAgentAsync(AgentCaller agent, AgentSendRequest request,
        CancellationToken cancellationToken)
    {
        var (clientMessageId, text) = Validate(request.ClientMessageId, request.Text);
        var conversation = await conversations.FindAsync(request.ConversationId, cancellationToken)
            ?? throw ChatException.ConversationNotFound();
        if (await store.FindByClientIdAsync(conversation.Id, clientMessageId, cancellationToken) is { } resent)
        {
            return new StoredMessage(resent, IsNew: false).Ack;
        }

        await assignments.ClaimForReplyAsync(agent, conversation.Id, cancellationToken);

        var stored = await store.AppendAsync(conversation.Id, SenderKind.Agent, agent.Id, clientMessageId, text,
            cancellationToken);
        await DeliverAsync(stored, conversation.VisitorId, cancellationToken);
        if (stored.IsNew)
        {
            await digests.AgentRepliedAsync(conversation.Id, conversation.VisitorId, stored.Ack.Sequence,
                cancellationToken);
        }

        return stored.Ack;
    }

    public async Task<List<MessageView>> GetVisitorMessagesAsync(VisitorSession session, Guid conversationId,
        long afterSequence, CancellationToken cancellationToken)
    {
        await RequireOwnedAsync(conversationId, session, cancellationToken);
        return await store.GetMessagesAsync(conversationId, afterSequence, MaxPage, cancellationToken);
    }

    private static (string ClientMessageId, string Text) Validate(string? clientMessageId, string? text)
    {
        if (MessageRules.Check(clientMessageId, text) is { } code)
        {
            throw ChatException.InvalidMessage(code);
        }

        return (clientMessageId!, text!);
    }

    // Another visitor's conversation id gets the same answer as one that does not exist.
    private async Task<Guid> RequireOwnedAsync(Guid conversationId, VisitorSession session,
        CancellationToken cancellationToken)
    {
        var owned = await conversations.FindOwnedAsync(conversationId, session.VisitorId, cancellationToken);
        return owned?.Id ?? throw ChatException.ConversationNotFound();
    }

    private async Task<Guid> ResolveVisitorConversationAsync(VisitorSession session, string clientMessageId,
        CancellationToken cancellationToken)
    {
        var resent = await store.FindConversationIdByClientMessageAsync(session.VisitorId, clientMessageId,
            cancellationToken);
        if (resent is { } earlier)
        {
            return earlier;
        }

        var latest = await conversations.FindLatestAsync(session.VisitorId, cancellationToken);
        return latest?.Id
            ?? (await store.StartConversationAsync(session.SiteId, session.VisitorId, cancellationToken)).Id;
    }

    private async Task DeliverAsync(StoredMessage stored, Guid visitorId, CancellationToken cancellationToken)
    {
        if (!stored.IsNew)
        {
            return;
        }

        await visitors.Clients.Group(ChatGroups.Visitor(visitorId)).MessageReceived(stored.View);
        await agents.Clients.Group(ChatGroups.Agents).MessageReceived(stored.View);
        if (await conversations.FindAsync(stored.View.ConversationId, cancellationToken) is { } summary)
        {
            await agents.Clients.Group(ChatGroups.Agents).ConversationUpdated(summary);
        }
    }
}

internal static class ChatGroups
{
    public const string Agents = "agents";

    public static string Visitor(Guid visitorId) => $"visitor:{visitorId:N}";

    public static string Identity(Guid identityId) => $"identity:{identityId:N}";
}
