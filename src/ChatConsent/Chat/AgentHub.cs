using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ChatConsent.Chat;

/// <summary>The agent console's real-time channel; every call needs a signed-in agent.</summary>
// The literal is IdentityConstants.ApplicationScheme, which is not a constant an attribute can take.
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed partial class AgentHub(ChatService chat, ChatStore store, ConversationQueries conversations,
    VisitorDetailsQuery visitors, PresenceService presence) : Hub<IAgentClient>
{
    private const int ListLimit = 200;

    public override async Task OnConnectedAsync()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, ChatGroups.Agents);
        await presence.ConnectedAsync(AgentId, Context.ConnectionId, Context.ConnectionAborted);
        await base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await presence.DisconnectedAsync(AgentId, Context.ConnectionId);
        await base.OnDisconnectedAsync(exception);
    }

    public Task<List<ConversationSummary>> GetConversations() =>
        conversations.ForAgentsAsync(ListLimit, Context.ConnectionAborted);

    public async Task<List<MessageView>> GetMessages(Guid conversationId, long afterSequence)
    {
        _ = await conversations.FindAsync(conversationId, Context.ConnectionAborted)
            ?? throw ChatException.ConversationNotFound();
        return await store.GetMessagesAsync(
            conversationId, afterSequence, ChatService.MaxPage, Context.ConnectionAborted);
    }

    /// <summary>The visitor panel: consent, language and, only outside privacy mode, page and browser.</summary>
    public async Task<VisitorDetails> GetVisitor(Guid conversationId) =>
        await visitors.ForConversationAsync(conversationId, Context.ConnectionAborted)
            ?? throw ChatException.ConversationNotFound();

    public Task<MessageAck> Send(AgentSendRequest request) =>
        chat.SendFromAgentAsync(Caller, request, Context.ConnectionAborted);

    private string AgentId => Context.User?.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new HubException("unauthorized: sign in as an agent.");
}
