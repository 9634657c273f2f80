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
    /// The agent working on the conversation; null while it waits in the queue. Changed only by
    /// conditional updates, so that of two agents taking it at once exactly one wins.
    /// </summary>
    public string? AssignedAgentId { get; set; }

    /// <summary>When an agent closed it; null while it is open.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

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
