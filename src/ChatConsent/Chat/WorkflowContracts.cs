using ChatConsent.Hosting;

namespace ChatConsent.Chat;

/// <summary>The signed-in agent behind a hub call; admins may act on every conversation.</summary>
public sealed record AgentCaller(string Id, bool IsAdmin);

/// <summary>The console's own agent: who they are, whether they are an admin, the status they chose.</summary>
public sealed record AgentSelf(string AgentId, string DisplayName, bool IsAdmin, PresenceStatus Status);

/// <summary>
/// An agent as colleagues see them. <c>Status</c> is the one they chose while they have a console
/// open, <c>offline</c> otherwise.
/// </summary>
public sealed record AgentPresenceView(string AgentId, string DisplayName, PresenceStatus Status);

/// <summary>Whether a visitor's message is likely to be answered now: some agent is online.</summary>
public sealed record Availability(bool AgentsAvailable);

/// <summary>
/// Which conversations a console lists. <c>Scope</c>: <c>queue</c> (open and unassigned),
/// <c>mine</c> (assigned to the caller) or <c>all</c>. <c>Status</c>: <c>open</c>, <c>closed</c> or
/// null for both. <c>Text</c> matches messages and notes, <c>VisitorEmail</c> the visitor's
/// confirmed address (both contain, ignoring case). <c>From</c>/<c>To</c>: active in that range
/// (<c>To</c> exclusive). <c>Cursor</c> is the previous page's <c>NextCursor</c>.
/// </summary>
public sealed record ConversationFilter(
    string? Scope = null,
    string? Status = null,
    string? Text = null,
    string? VisitorEmail = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? Cursor = null,
    int? Limit = null);

/// <summary>One page of a conversation list, newest activity first; <c>NextCursor</c> is null on the last.</summary>
public sealed record ConversationPage(IReadOnlyList<ConversationSummary> Items, string? NextCursor);

/// <summary>An internal note to add; <c>ClientNoteId</c> makes adding it again safe.</summary>
public sealed record AddNoteRequest(Guid ConversationId, string? ClientNoteId, string? Text);

/// <summary>
/// An internal note as agents see it. <c>AfterSequence</c> places it in the thread: after the
/// message with that sequence number.
/// </summary>
public sealed record NoteView(
    Guid Id,
    Guid ConversationId,
    string ClientNoteId,
    string AgentId,
    string? AgentName,
    string Text,
    long AfterSequence,
    DateTimeOffset CreatedAt);

/// <summary>A saved reply of a site, for the reply box.</summary>
public sealed record CannedResponseView(Guid Id, string Key, string Text);

/// <summary>The workflow's refusals, each with its stable code.</summary>
internal static class WorkflowRefusals
{
    public static ChatException AlreadyAssigned() =>
        new(ErrorCodes.AlreadyAssigned, "Another agent took this conversation first.");

    public static ChatException NotAssignee() =>
        new(ErrorCodes.NotAssignee, "This conversation is assigned to another agent.");

    public static ChatException AgentNotFound() =>
        new(ErrorCodes.AgentNotFound, "No active agent has this id.");

    public static ChatException ConversationClosed() =>
        new(ErrorCodes.ConversationClosed, "This conversation is closed; reopen it first.");

    public static ChatException PresenceInvalid() =>
        new(ErrorCodes.PresenceInvalid, "Status must be online, away or offline.");

    public static ChatException InvalidFilter(string why) => new(ErrorCodes.InvalidRequest, why);
}
