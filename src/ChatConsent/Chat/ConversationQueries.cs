using ChatConsent.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatConsent.Chat;

/// <summary>Conversation lists for the widget and the console.</summary>
public sealed class ConversationQueries(ChatDbContext db)
{
    private const int PreviewLength = 140;

    /// <summary>Who works on a conversation is the agents' business, so visitors never see it.</summary>
    public async Task<List<ConversationSummary>> ForVisitorAsync(Guid visitorId,
        CancellationToken cancellationToken)
    {
        var summaries = await Summaries(db.Conversations.Where(c => c.VisitorId == visitorId))
            .ToListAsync(cancellationToken);
        return [.. summaries.Select(s => s with { AssignedAgentId = null, AssignedAgentName = null })];
    }

    /// <summary>Conversations with at least one message, newest activity first.</summary>
    public Task<List<ConversationSummary>> ForAgentsAsync(int limit, CancellationToken cancellationToken) =>
        Summaries(db.Conversations.Where(c => c.LastSequence > 0)).Take(limit).ToListAsync(cancellationToken);

    public Task<ConversationSummary?> FindAsync(Guid conversationId, CancellationToken cancellationToken) =>
        Summaries(db.Conversations.Where(c => c.Id == conversationId)).FirstOrDefaultAsync(cancellationToken);

    public Task<Conversation?> FindOwnedAsync(Guid conversationId, Guid visitorId,
        CancellationToken cancellationToken) =>
        db.Conversations.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == conversationId && c.VisitorId == visitorId, cancellationToken);

    /// <summary>The visitor's most recent conversation, open or closed: writing reopens a closed one.</summary>
    public Task<Conversation?> FindLatestAsync(Guid visitorId, CancellationToken cancellationToken) =>
        db.Conversations.AsNoTracking()
            .Where(c => c.VisitorId == visitorId)
            .OrderByDescending(c => c.LastMessageAt)
            .FirstOrDefaultAsync(cancellationToken);

    private IQueryable<ConversationSummary> Summaries(IQueryable<Conversation> conversations) =>
        Project(conversations.OrderByDescending(c => c.LastMessageAt));

    /// <summary>Summaries in the order the query already has.</summary>
    internal IQueryable<ConversationSummary> Project(IQueryable<Conversation> conversations) =>
        conversations.AsNoTracking()
            .Select(c => new ConversationSummary(
                c.Id,
                c.SiteId,
                db.Sites.Where(s => s.Id == c.SiteId).Select(s => s.Name).First(),
                c.VisitorId,
                c.Status == ConversationStatus.Open ? "open" : "closed",
                c.CreatedAt,
                c.LastMessageAt,
                c.LastSequence,
                c.Messages.OrderByDescending(m => m.Sequence)
                    .Select(m => m.Text.Length > PreviewLength ? m.Text.Substring(0, PreviewLength) : m.Text)
                    .FirstOrDefault(),
                db.Visitors.Where(v => v.Id == c.VisitorId).Select(v => v.PrivacyModeReason).FirstOrDefault(),
                c.AgentReadThrough,
                c.VisitorReadThrough,
                c.AssignedAgentId,
                db.Users.Where(u => u.Id == c.AssignedAgentId).Select(u => u.DisplayName).FirstOrDefault(),
                c.ClosedAt));
}
