namespace ChatConsent.Chat;

public enum ConversationStatus
{
    Open,
    Closed,
}

public sealed class Conversation
{
    public Guid Id { get; set; }

    public Guid SiteId { get; set; }

    public Guid VisitorId { get; set; }

    public ConversationStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LastMessageAt { get; set; }

    /// <summary>
    /// Sequence number of the newest message. A concurrency token: two writers that read the same
    /// value cannot both store the next number.
    /// </summary>
    public long LastSequence { get; set; }

    /// <summary>
    /// The agents' read mark: every message up to this sequence has been read by an agent. Shared
    /// by the team, so what one agent read is no longer unread for the others.
    /// </summary>
    public long AgentReadThrough { get; set; }

    /// <summary>The visitor's read mark: every message up to this sequence has been on their screen.</summary>
    public long VisitorReadThrough { get; set; }

    public List<Message> Messages { get; set; } = [];
}
