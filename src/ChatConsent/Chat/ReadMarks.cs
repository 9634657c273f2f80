using ChatConsent.Data;
using ChatConsent.Visitors;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace ChatConsent.Chat;

/// <summary>
/// Each side's read mark on a conversation: the highest sequence it has read. Marks only move
/// forward and never past the newest message, so a late or repeated call changes nothing. Every
/// move is pushed at once to the agents and to every tab of the visitor.
/// </summary>
public sealed class ReadMarks(
    ChatDbContext db,
    ConversationQueries conversations,
    IHubContext<VisitorHub, IVisitorClient> visitors,
    IHubContext<AgentHub, IAgentClient> agents)
{
    public const string AgentReader = "agent";
    public const string VisitorReader = "visitor";

    /// <summary>Whoever writes has read everything before their own message.</summary>
    internal static void AdvanceForSender(Conversation conversation, SenderKind sender)
    {
        if (sender == SenderKind.Agent)
        {
            conversation.AgentReadThrough = conversation.LastSequence;
        }
        else
        {
            conversation.VisitorReadThrough = conversation.LastSequence;
        }
    }

    public async Task<ReadReceipt> MarkReadByAgentsAsync(Guid conversationId, long throughSequence,
        CancellationToken cancellationToken)
    {
        var conversation = await conversations.FindAsync(conversationId, cancellationToken)
            ?? throw ChatException.ConversationNotFound();
        var through = Math.Clamp(throughSequence, 0, conversation.LastSequence);

        var moved = await db.Conversations
            .Where(c => c.Id == conversationId && c.AgentReadThrough < through)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.AgentReadThrough, through), cancellationToken);
        return await AnswerAsync(moved > 0, conversationId, conversation.VisitorId, AgentReader,
            Math.Max(through, conversation.AgentReadThrough));
    }

    public async Task<ReadReceipt> MarkReadByVisitorAsync(VisitorSession session, Guid conversationId,
        long throughSequence, CancellationToken cancellationToken)
    {
        var conversation = await conversations.FindOwnedAsync(conversationId, session.VisitorId, cancellationToken)
            ?? throw ChatException.ConversationNotFound();
        var through = Math.Clamp(throughSequence, 0, conversation.LastSequence);

        var moved = await db.Conversations
            .Where(c => c.Id == conversationId && c.VisitorReadThrough < through)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.VisitorReadThrough, through), cancellationToken);
        return await AnswerAsync(moved > 0, conversationId, session.VisitorId, VisitorReader,
            Math.Max(through, conversation.VisitorReadThrough));
    }

    private async Task<ReadReceipt> AnswerAsync(bool moved, Guid conversationId, Guid visitorId, string reader,
        long mark)
    {
        var receipt = new ReadReceipt(conversationId, reader, mark);
        if (moved)
        {
            await visitors.Clients.Group(ChatGroups.Visitor(visitorId)).ReadReceipt(receipt);
            await agents.Clients.Group(ChatGroups.Agents).ReadReceipt(receipt);
        }

        return receipt;
    }
}
