namespace ChatConsent.Chat;

/// <summary>
/// An agent's internal note in a conversation. Kept in a table of its own, apart from messages,
/// so that no query the visitor's side makes can ever return one.
/// </summary>
public sealed class ConversationNote
{
    public Guid Id { get; set; }

    public Guid ConversationId { get; set; }

    /// <summary>Chosen by the console; adding the same note again stores nothing new.</summary>
    public required string ClientNoteId { get; set; }

    public required string AgentId { get; set; }

    /// <summary>Plain text as typed; never interpreted as markup.</summary>
    public required string Text { get; set; }

    /// <summary>
    /// The conversation's last sequence number when the note was written: where it sits in the thread.
    /// </summary>
    public long AfterSequence { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
