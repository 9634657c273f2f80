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

    /// <summary>The sending agent's account; kept after the account is removed, as a plain id.</summary>
    public string? AgentId { get; set; }

    /// <summary>
    /// The agent's display name when they sent it, as the visitor saw it: a later new name or the
    /// removal of the account does not rewrite what was said under the old one.
    /// </summary>
    public string? AgentName { get; set; }

    /// <summary>Plain text as typed; never interpreted as markup.</summary>
    public required string Text { get; set; }

    public DateTimeOffset SentAt { get; set; }
}
