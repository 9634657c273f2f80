namespace ChatConsent.Chat;

public enum SenderKind
{
    Visitor,
    Agent,
}

public sealed class Message
{
    public Guid Id { get; set; }

    public Guid ConversationId { get; set; }

    /// <summary>1, 2, 3… within the conversation; clients catch up by asking for what follows.</summary>
    public long Sequence { get; set; }

    /// <summary>Chosen by the sending client; a resend with the same id is the same message.</summary>
    public required string ClientMessageId { get; set; }

    public SenderKind Sender { get; set; }

    public string? AgentId { get; set; }

    /// <summary>Plain text as typed; never interpreted as markup.</summary>
    public required string Text { get; set; }

    public DateTimeOffset SentAt { get; set; }
}
