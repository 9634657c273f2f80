using System.Security.Claims;
using ChatConsent.Agents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ChatConsent.Chat;

/// <summary>The agent console's real-time channel; every call needs a signed-in agent.</summary>
// The literal is IdentityConstants.ApplicationScheme, which is not a constant an attribute can take.
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed partial class AgentHub(ChatService chat, ChatStore store, ConversationQueries conversations,
    VisitorDetailsQuery visitors, AgentConnections connections, PresenceService presence, TypingRelay typing,
    ReadMarks readMarks) : Hub<IAgentClient>
{
    private const int ListLimit = 200;

    public override async Task OnConnectedAsync()
    {
        connections.Add(AgentId, Context);
        await Groups.AddToGroupAsync(Context.ConnectionId, ChatGroups.Agents);
        await presence.ConnectedAsync(AgentId, Context.ConnectionId, Context.ConnectionAborted);
        await base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Remove(Context.ConnectionId);
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

    // Live signals: typing and read marks.

    /// <summary>The agent is typing a reply; relayed to the visitor's tabs, never stored.</summary>
    public Task Typing(Guid conversationId) =>
        typing.FromAgentAsync(AgentId, Context.ConnectionId, conversationId, Context.ConnectionAborted);

    /// <summary>The agents have read the conversation up to this sequence; answers the mark now held.</summary>
    public Task<ReadReceipt> MarkRead(Guid conversationId, long throughSequence) =>
        readMarks.MarkReadByAgentsAsync(conversationId, throughSequence, Context.ConnectionAborted);

    private string AgentId => Context.User?.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new HubException("unauthorized: sign in as an agent.");
}
