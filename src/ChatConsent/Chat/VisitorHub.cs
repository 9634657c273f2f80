using ChatConsent.Consent;
using ChatConsent.Visitors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ChatConsent.Chat;

/// <summary>
/// The widget's real-time channel. Only reachable through the consent gate; the visitor is
/// always the one named by the identity token, never by anything in a payload.
/// </summary>
[Authorize(AuthenticationSchemes = VisitorAuthenticationHandler.SchemeName)]
public sealed partial class VisitorHub(ChatService chat, ConversationQueries conversations,
    VisitorConnections open, VisitorMetadata metadata, TypingRelay typing, ReadMarks readMarks)
    : Hub<IVisitorClient>
{
    public override async Task OnConnectedAsync()
    {
        var session = Session;
        open.Add(session.IdentityId, Context);

        // Join the groups first: the client may already be receiving while the metadata is written.
        await Groups.AddToGroupAsync(Context.ConnectionId, ChatGroups.Visitor(session.VisitorId));
        await Groups.AddToGroupAsync(Context.ConnectionId, ChatGroups.Identity(session.IdentityId));
        await metadata.RecordConnectionAsync(session, Context.GetHttpContext(), Context.ConnectionAborted);
        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        open.Remove(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    public Task<MessageAck> Send(VisitorSendRequest request) =>
        chat.SendFromVisitorAsync(Session, request, Context.ConnectionAborted);

    public Task<List<MessageView>> GetMessages(Guid conversationId, long afterSequence) =>
        chat.GetVisitorMessagesAsync(Session, conversationId, afterSequence, Context.ConnectionAborted);

    /// <summary>The page the widget runs on; ignored while the site's privacy mode is on.</summary>
    public Task ReportPage(PageReport report) =>
        metadata.RecordPageAsync(Session, report, Context.ConnectionAborted);

    public Task<List<ConversationSummary>> GetConversations() =>
        conversations.ForVisitorAsync(Session.VisitorId, Context.ConnectionAborted);

    // Live signals: typing and read marks.

    /// <summary>The visitor is typing; relayed to the agents, never stored.</summary>
    public Task Typing(Guid conversationId) =>
        typing.FromVisitorAsync(Session, Context.ConnectionId, conversationId, Context.ConnectionAborted);

    /// <summary>The visitor has seen the conversation up to this sequence; answers the mark now held.</summary>
    public Task<ReadReceipt> MarkRead(Guid conversationId, long throughSequence) =>
        readMarks.MarkReadByVisitorAsync(Session, conversationId, throughSequence, Context.ConnectionAborted);

    private VisitorSession Session => VisitorSession.FromPrincipal(Context.User)
        ?? throw new HubException("consent_required: no visitor identity on this connection.");
}
