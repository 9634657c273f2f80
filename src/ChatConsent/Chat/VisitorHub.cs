using ChatConsent.Visitors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ChatConsent.Chat;

/// <summary>
/// The widget's real-time channel. Only reachable through the consent gate; the visitor is
/// always the one named by the identity token, never by anything in a payload.
/// </summary>
[Authorize(AuthenticationSchemes = VisitorAuthenticationHandler.SchemeName)]
public sealed class VisitorHub(ChatService chat, ConversationQueries conversations) : Hub<IVisitorClient>
{
    public override async Task OnConnectedAsync()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, ChatGroups.Visitor(Session.VisitorId));
        await base.OnConnectedAsync();
    }

    public Task<MessageAck> Send(VisitorSendRequest request) =>
        chat.SendFromVisitorAsync(Session, request, Context.ConnectionAborted);

    public Task<List<MessageView>> GetMessages(Guid conversationId, long afterSequence) =>
        chat.GetVisitorMessagesAsync(Session, conversationId, afterSequence, Context.ConnectionAborted);

    public Task<List<ConversationSummary>> GetConversations() =>
        conversations.ForVisitorAsync(Session.VisitorId, Context.ConnectionAborted);

    private VisitorSession Session => VisitorSession.FromPrincipal(Context.User)
        ?? throw new HubException("consent_required: no visitor identity on this connection.");
}
