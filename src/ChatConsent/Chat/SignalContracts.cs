namespace ChatConsent.Chat;

/// <summary>
/// Someone is typing in a conversation: <c>Sender</c> is <c>visitor</c> or <c>agent</c>, with the
/// agent's display name. Relayed over the hubs only and never stored; it holds no text.
/// </summary>
public sealed record TypingSignal(Guid ConversationId, string Sender, string? AgentName);

/// <summary>
/// A side's read mark moved: <c>Reader</c> (<c>visitor</c> or <c>agent</c>) has read every
/// message of the conversation up to <c>ThroughSequence</c>.
/// </summary>
public sealed record ReadReceipt(Guid ConversationId, string Reader, long ThroughSequence);
