using ChatConsent.Agents;
using Microsoft.AspNetCore.SignalR;

namespace ChatConsent.Chat;

// The conversation workflow: presence, queue and assignment, close and reopen, search and paging,
// internal notes and saved replies. Services come in as method parameters, which SignalR resolves
// from the container, so this part leaves the hub's constructor alone.
public sealed partial class AgentHub
{
    private const int MaxHistoryPage = ChatService.MaxPage;

    /// <summary>The console's own agent: id, name, admin or not, and chosen status.</summary>
    public Task<AgentSelf> GetMe() => presence.SelfAsync(Caller, Context.ConnectionAborted);

    /// <summary>Online, away or offline; kept until the agent chooses again.</summary>
    public Task<AgentPresenceView> SetPresence(string status) =>
        presence.ChooseAsync(AgentId, status, Context.ConnectionAborted);

    /// <summary>Every active agent and their presence, for handing a conversation over.</summary>
    public Task<List<AgentPresenceView>> GetAgents() => presence.ListAsync(Context.ConnectionAborted);

    /// <summary>The queue, the caller's own, or all conversations, filtered and paged by cursor.</summary>
    public Task<ConversationPage> FindConversations(ConversationFilter filter, ConversationSearch search) =>
        search.FindAsync(Caller, filter ?? new ConversationFilter(), Context.ConnectionAborted);

    /// <summary>One conversation's summary, for a console opening it from its address.</summary>
    public async Task<ConversationSummary> GetConversation(Guid conversationId) =>
        await conversations.FindAsync(conversationId, Context.ConnectionAborted)
            ?? throw ChatException.ConversationNotFound();

    public Task<ConversationSummary> Take(Guid conversationId, ConversationAssignments assignments) =>
        assignments.TakeAsync(Caller, conversationId, Context.ConnectionAborted);

    public Task<ConversationSummary> HandOver(Guid conversationId, string agentId,
        ConversationAssignments assignments) =>
        assignments.HandOverAsync(Caller, conversationId, agentId, Context.ConnectionAborted);

    public Task<ConversationSummary> Unassign(Guid conversationId, ConversationAssignments assignments) =>
        assignments.UnassignAsync(Caller, conversationId, Context.ConnectionAborted);

    public Task<ConversationSummary> Close(Guid conversationId, ConversationAssignments assignments) =>
        assignments.CloseAsync(Caller, conversationId, Context.ConnectionAborted);

    public Task<ConversationSummary> Reopen(Guid conversationId, ConversationAssignments assignments) =>
        assignments.ReopenAsync(Caller, conversationId, Context.ConnectionAborted);

    /// <summary>Up to <paramref name="limit"/> messages before a sequence number; null: the newest.</summary>
    public async Task<List<MessageView>> GetMessagesBefore(Guid conversationId, long? beforeSequence, int limit)
    {
        if (limit is < 1 or > MaxHistoryPage)
        {
            throw WorkflowRefusals.InvalidFilter($"limit must be 1 to {MaxHistoryPage}.");
        }

        _ = await conversations.FindAsync(conversationId, Context.ConnectionAborted)
            ?? throw ChatException.ConversationNotFound();
        return await store.GetMessagesBeforeAsync(conversationId, beforeSequence, limit,
            Context.ConnectionAborted);
    }

    public Task<NoteView> AddNote(AddNoteRequest request, ConversationNotes notes) =>
        notes.AddAsync(AgentId, request, Context.ConnectionAborted);

    public async Task<List<NoteView>> GetNotes(Guid conversationId, ConversationNotes notes)
    {
        _ = await conversations.FindAsync(conversationId, Context.ConnectionAborted)
            ?? throw ChatException.ConversationNotFound();
        return await notes.ListAsync(conversationId, Context.ConnectionAborted);
    }

    /// <summary>The saved replies of a site, by key.</summary>
    public Task<List<CannedResponseView>> GetCannedResponses(Guid siteId, CannedResponses canned) =>
        canned.ForSiteAsync(siteId, Context.ConnectionAborted);

    private AgentCaller Caller => new(AgentId, Context.User?.IsInRole(AgentRoles.Admin) == true);
}
