using ChatConsent.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatConsent.Chat;

/// <summary>A message as stored, and whether this call stored it or found an earlier copy.</summary>
public sealed record StoredMessage(MessageView View, bool IsNew)
{
    public MessageAck Ack => new(View.Id, View.ConversationId, View.Sequence, View.ClientMessageId, View.SentAt);
}

/// <summary>
/// Stores messages with their per-conversation sequence number. The sequence comes from the
/// conversation row, which is a concurrency token: of two writers, one commits and the other
/// retries with the next number. A resend finds the earlier copy by its client message id.
/// </summary>
public sealed class ChatStore(ChatDbContext db, TimeProvider clock)
{
    private const int MaxAttempts = 5;

    public async Task<StoredMessage> AppendAsync(Guid conversationId, SenderKind sender, string? agentId,
        string clientMessageId, string text, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var earlier = await FindByClientIdAsync(conversationId, clientMessageId, cancellationToken);
            if (earlier is not null)
            {
                return new StoredMessage(earlier, IsNew: false);
            }

            try
            {
                var message = await TryAppendAsync(
                    conversationId, sender, agentId, clientMessageId, text, cancellationToken);
                return new StoredMessage(await ViewAsync(message.Id, cancellationToken), IsNew: true);
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Another writer took this sequence number or stored this client id first.
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task<Conversation> StartConversationAsync(Guid siteId, Guid visitorId,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var conversation = new Conversation
        {
            Id = Guid.CreateVersion7(now),
            SiteId = siteId,
            VisitorId = visitorId,
            Status = ConversationStatus.Open,
            CreatedAt = now,
            LastMessageAt = now,
        };
        db.Conversations.Add(conversation);
        await db.SaveChangesAsync(cancellationToken);
        return conversation;
    }

    public Task<Guid?> FindConversationIdByClientMessageAsync(Guid visitorId, string clientMessageId,
        CancellationToken cancellationToken) =>
        db.Messages.AsNoTracking()
            .Where(m => m.ClientMessageId == clientMessageId)
            .Join(db.Conversations.Where(c => c.VisitorId == visitorId),
                m => m.ConversationId, c => c.Id, (m, c) => c.Id)
            .Select(id => (Guid?)id)
            .FirstOrDefaultAsync(cancellationToken);

    public Task<List<MessageView>> GetMessagesAsync(Guid conversationId, long afterSequence, int limit,
        CancellationToken cancellationToken) =>
        Views(db.Messages
                .Where(m => m.ConversationId == conversationId && m.Sequence > afterSequence)
                .OrderBy(m => m.Sequence)
                .Take(limit))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The page of messages just before <paramref name="beforeSequence"/> (the newest when null),
    /// in order: how the console loads a long history from its end.
    /// </summary>
    public async Task<List<MessageView>> GetMessagesBeforeAsync(Guid conversationId, long? beforeSequence,
        int limit, CancellationToken cancellationToken)
    {
        var page = await Views(db.Messages
                .Where(m => m.ConversationId == conversationId)
                .Where(m => beforeSequence == null || m.Sequence < beforeSequence)
                .OrderByDescending(m => m.Sequence)
                .Take(limit))
            .ToListAsync(cancellationToken);
        page.Reverse();
        return page;
    }

    private async Task<Message> TryAppendAsync(Guid conversationId, SenderKind sender, string? agentId,
        string clientMessageId, string text, CancellationToken cancellationToken)
    {
        var conversation = await db.Conversations.FirstAsync(c => c.Id == conversationId, cancellationToken);
        var now = clock.GetUtcNow();
        conversation.LastSequence++;
        conversation.LastMessageAt = now;
        ReadMarks.AdvanceForSender(conversation, sender);

        var message = new Message
        {
            Id = Guid.CreateVersion7(now),
            ConversationId = conversationId,
            Sequence = conversation.LastSequence,
            ClientMessageId = clientMessageId,
            Sender = sender,
            AgentId = agentId,
            AgentName = agentId is null ? null : await AgentNameAsync(agentId, cancellationToken),
            Text = text,
            SentAt = now,
        };
        db.Messages.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return message;
    }

    private Task<string?> AgentNameAsync(string agentId, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Id == agentId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);

    public Task<MessageView?> FindByClientIdAsync(Guid conversationId, string clientMessageId,
        CancellationToken cancellationToken) =>
        Views(db.Messages.Where(m => m.ConversationId == conversationId && m.ClientMessageId == clientMessageId))
            .FirstOrDefaultAsync(cancellationToken);

    private Task<MessageView> ViewAsync(Guid messageId, CancellationToken cancellationToken) =>
        Views(db.Messages.Where(m => m.Id == messageId)).FirstAsync(cancellationToken);

    private static IQueryable<MessageView> Views(IQueryable<Message> messages) =>
        messages.AsNoTracking().Select(m => new MessageView(
            m.Id,
            m.ConversationId,
            m.Sequence,
            m.ClientMessageId,
            m.Sender == SenderKind.Agent ? "agent" : "visitor",
            m.AgentName,
            m.Text,
            m.SentAt));
}
