using ChatConsent.Agents;
using ChatConsent.Data;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace ChatConsent.Chat;

/// <summary>
/// Who works on a conversation, and whether it is open. Every change is one conditional UPDATE,
/// never a read followed by a write: of two agents taking the same conversation at once, the
/// database lets exactly one succeed. Each change is pushed to every console.
/// </summary>
public sealed partial class ConversationAssignments(
    ChatDbContext db,
    ConversationQueries conversations,
    TimeProvider clock,
    IHubContext<AgentHub, IAgentClient> agents,
    ILogger<ConversationAssignments> logger)
{
    /// <summary>Takes a conversation from the queue.</summary>
    public async Task<ConversationSummary> TakeAsync(AgentCaller caller, Guid conversationId,
        CancellationToken cancellationToken)
    {
        var taken = await Queued(conversationId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.AssignedAgentId, caller.Id), cancellationToken);
        if (taken == 0)
        {
            var current = await RequireAsync(conversationId, cancellationToken);
            RequireOpen(current);
            if (current.AssignedAgentId != caller.Id)
            {
                throw WorkflowRefusals.AlreadyAssigned();
            }
        }

        LogChanged(logger, "take", conversationId, caller.Id);
        return await PublishAsync(conversationId, cancellationToken);
    }

    /// <summary>Gives a conversation to a colleague; the caller must hold it, or it must be queued.</summary>
    public async Task<ConversationSummary> HandOverAsync(AgentCaller caller, Guid conversationId, string? agentId,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var colleague = agentId is null ? null
            : await ActiveAgents.Query(db, now).Where(a => a.Id == agentId).Select(a => a.Id)
                .FirstOrDefaultAsync(cancellationToken);
        if (colleague is null)
        {
            throw WorkflowRefusals.AgentNotFound();
        }

        var changed = await Changeable(caller, conversationId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.AssignedAgentId, colleague), cancellationToken);
        if (changed == 0)
        {
            await ExplainAsync(caller, conversationId, cancellationToken);
        }

        LogChanged(logger, "hand_over", conversationId, caller.Id);
        return await PublishAsync(conversationId, cancellationToken);
    }

    /// <summary>Puts a conversation back into the queue.</summary>
    public async Task<ConversationSummary> UnassignAsync(AgentCaller caller, Guid conversationId,
        CancellationToken cancellationToken)
    {
        var changed = await Changeable(caller, conversationId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.AssignedAgentId, (string?)null), cancellationToken);
        if (changed == 0)
        {
            await ExplainAsync(caller, conversationId, cancellationToken);
        }

        LogChanged(logger, "unassign", conversationId, caller.Id);
        return await PublishAsync(conversationId, cancellationToken);
    }

    /// <summary>Closes a conversation; it keeps its assignee, so the history says who handled it.</summary>
    public async Task<ConversationSummary> CloseAsync(AgentCaller caller, Guid conversationId,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var closed = await Changeable(caller, conversationId)
            .ExecuteUpdateAsync(set => set
                .SetProperty(c => c.Status, ConversationStatus.Closed)
                .SetProperty(c => c.ClosedAt, now), cancellationToken);
        if (closed == 0)
        {
            var current = await RequireAsync(conversationId, cancellationToken);
            if (current.Status == ConversationStatus.Open)
            {
                throw WorkflowRefusals.NotAssignee();
            }
        }

        LogChanged(logger, "close", conversationId, caller.Id);
        return await PublishAsync(conversationId, cancellationToken);
    }

    /// <summary>An agent reopens a closed conversation to write in it again; it becomes theirs.</summary>
    public async Task<ConversationSummary> ReopenAsync(AgentCaller caller, Guid conversationId,
        CancellationToken cancellationToken)
    {
        var reopened = await Closed(conversationId)
            .ExecuteUpdateAsync(set => set
                .SetProperty(c => c.Status, ConversationStatus.Open)
                .SetProperty(c => c.ClosedAt, (DateTimeOffset?)null)
                .SetProperty(c => c.AssignedAgentId, caller.Id), cancellationToken);
        if (reopened == 0)
        {
            _ = await RequireAsync(conversationId, cancellationToken);
        }

        LogChanged(logger, "reopen", conversationId, caller.Id);
        return await PublishAsync(conversationId, cancellationToken);
    }

    /// <summary>
    /// A visitor wrote into a closed conversation: it goes back into the queue, unassigned, so that
    /// whoever is on duty answers rather than the agent who closed it, who may be gone for the day.
    /// The caller publishes the change with the message.
    /// </summary>
    public async Task ReopenForVisitorAsync(Guid conversationId, CancellationToken cancellationToken)
    {
        var reopened = await Closed(conversationId)
            .ExecuteUpdateAsync(set => set
                .SetProperty(c => c.Status, ConversationStatus.Open)
                .SetProperty(c => c.ClosedAt, (DateTimeOffset?)null)
                .SetProperty(c => c.AssignedAgentId, (string?)null), cancellationToken);
        if (reopened > 0)
        {
            LogChanged(logger, "visitor_reopened", conversationId, "visitor");
        }
    }

    /// <summary>
    /// Before an agent's reply is stored: the conversation must be open and theirs, or an admin's
    /// to answer anywhere. A reply to a queued conversation takes it, with the same race rule.
    /// </summary>
    public async Task ClaimForReplyAsync(AgentCaller caller, Guid conversationId,
        CancellationToken cancellationToken)
    {
        var current = await RequireAsync(conversationId, cancellationToken);
        RequireOpen(current);
        if (current.AssignedAgentId is not null)
        {
            if (current.AssignedAgentId != caller.Id && !caller.IsAdmin)
            {
                throw WorkflowRefusals.NotAssignee();
            }

            return;
        }

        var taken = await Queued(conversationId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.AssignedAgentId, caller.Id), cancellationToken);
        if (taken == 0 && !caller.IsAdmin)
        {
            throw WorkflowRefusals.AlreadyAssigned();
        }

        if (taken > 0)
        {
            LogChanged(logger, "take_by_reply", conversationId, caller.Id);
        }
    }

    /// <summary>
    /// Sends every conversation of an agent back to the queue, for when their account is disabled
    /// or removed; answers the conversations released, for <see cref="PublishAllAsync"/>.
    /// </summary>
    public async Task<List<Guid>> ReleaseAllAsync(string agentId, CancellationToken cancellationToken)
    {
        var held = await db.Conversations.Where(c => c.AssignedAgentId == agentId).Select(c => c.Id)
            .ToListAsync(cancellationToken);
        await db.Conversations.Where(c => c.AssignedAgentId == agentId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.AssignedAgentId, (string?)null), cancellationToken);
        return held;
    }

    /// <summary>Tells every console of conversations changed outside the hub, once committed.</summary>
    public async Task PublishAllAsync(IEnumerable<Guid> conversationIds, CancellationToken cancellationToken)
    {
        foreach (var conversationId in conversationIds)
        {
            await PublishAsync(conversationId, cancellationToken);
        }
    }

    private IQueryable<Conversation> Queued(Guid conversationId) =>
        db.Conversations.Where(c =>
            c.Id == conversationId && c.Status == ConversationStatus.Open && c.AssignedAgentId == null);

    private IQueryable<Conversation> Closed(Guid conversationId) =>
        db.Conversations.Where(c => c.Id == conversationId && c.Status == ConversationStatus.Closed);

    // What an agent may change: their own or a queued conversation; an admin: any open one.
    private IQueryable<Conversation> Changeable(AgentCaller caller, Guid conversationId)
    {
        var open = db.Conversations.Where(c => c.Id == conversationId && c.Status == ConversationStatus.Open);
        return caller.IsAdmin ? open : open.Where(c => c.AssignedAgentId == null || c.AssignedAgentId == caller.Id);
    }

    private async Task ExplainAsync(AgentCaller caller, Guid conversationId, CancellationToken cancellationToken)
    {
        var current = await RequireAsync(conversationId, cancellationToken);
        RequireOpen(current);
        if (current.AssignedAgentId != caller.Id)
        {
            throw WorkflowRefusals.NotAssignee();
        }
    }

    private async Task<Conversation> RequireAsync(Guid conversationId, CancellationToken cancellationToken) =>
        await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken)
            ?? throw ChatException.ConversationNotFound();

    private static void RequireOpen(Conversation conversation)
    {
        if (conversation.Status == ConversationStatus.Closed)
        {
            throw WorkflowRefusals.ConversationClosed();
        }
    }

    private async Task<ConversationSummary> PublishAsync(Guid conversationId, CancellationToken cancellationToken)
    {
        var summary = await conversations.FindAsync(conversationId, cancellationToken)
            ?? throw ChatException.ConversationNotFound();
        await agents.Clients.Group(ChatGroups.Agents).ConversationUpdated(summary);
        return summary;
    }

    [LoggerMessage(EventId = 1210, Level = LogLevel.Information,
        Message = "Conversation {ConversationId}: {Change} by {ActorId}")]
    private static partial void LogChanged(ILogger logger, string change, Guid conversationId, string actorId);
}
