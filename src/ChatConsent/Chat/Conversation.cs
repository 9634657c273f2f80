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

    public List<Message> Messages { get; set; } = [];
}
