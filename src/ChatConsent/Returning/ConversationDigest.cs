namespace ChatConsent.Returning;

/// <summary>
/// The digest state of one conversation: agents' replies that arrived while the visitor had no
/// open connection wait here until <see cref="DueAt"/>, then go out in one mail.
/// </summary>
public sealed class ConversationDigest
{
    public Guid ConversationId { get; set; }

    /// <summary>The first reply not yet mailed that arrived while the visitor was away.</summary>
    public long FromSequence { get; set; }

    /// <summary>When the waiting replies are mailed; null when nothing waits.</summary>
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>The newest sequence number a digest has mailed.</summary>
    public long MailedThroughSequence { get; set; }
}
