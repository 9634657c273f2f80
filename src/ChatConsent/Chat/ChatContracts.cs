namespace ChatConsent.Chat;

/// <summary>A message as clients see it. <c>Sender</c> is <c>visitor</c> or <c>agent</c>.</summary>
public sealed record MessageView(
    Guid Id,
    Guid ConversationId,
    long Sequence,
    string ClientMessageId,
    string Sender,
    string? AgentName,
    string Text,
    DateTimeOffset SentAt);

/// <summary>The server's receipt for a stored message; a resend gets the identical receipt.</summary>
public sealed record MessageAck(Guid MessageId, Guid ConversationId, long Sequence, string ClientMessageId,
    DateTimeOffset SentAt);

/// <summary>A visitor writes; with no conversation id the visitor's open conversation is used, or a new one.</summary>
public sealed record VisitorSendRequest(Guid? ConversationId, string? ClientMessageId, string? Text);

public sealed record AgentSendRequest(Guid ConversationId, string? ClientMessageId, string? Text);

/// <summary>
/// One line in a conversation list. <c>VisitorPrivacyModeReason</c> is <c>gpc</c> when nothing but
/// what the visitor types is collected because their browser sent Global Privacy Control.
/// <c>AgentReadThrough</c> and <c>VisitorReadThrough</c> are each side's read mark: the agents'
/// unread count is <c>LastSequence - AgentReadThrough</c>, since an agent's reply moves their mark.
/// <c>AssignedAgentId</c> and <c>AssignedAgentName</c> name the agent working on it (null while it
/// waits in the queue, and always null for visitors); <c>ClosedAt</c> is set while it is closed.
/// </summary>
public sealed record ConversationSummary(
    Guid Id,
    Guid SiteId,
    string SiteName,
    Guid VisitorId,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastMessageAt,
    long LastSequence,
    string? LastMessagePreview,
    string? VisitorPrivacyModeReason,
    long AgentReadThrough,
    long VisitorReadThrough,
    string? AssignedAgentId,
    string? AssignedAgentName,
    DateTimeOffset? ClosedAt);
