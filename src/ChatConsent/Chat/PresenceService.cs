using ChatConsent.Agents;
using ChatConsent.Data;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace ChatConsent.Chat;

/// <summary>
/// Agents' presence: the chosen status from the database, the connections from
/// <see cref="AgentPresence"/>. Colleagues hear of every change; visitors hear when nobody is
/// online any more, or somebody is again.
/// </summary>
public sealed partial class PresenceService(
    ChatDbContext db,
    AgentPresence presence,
    TimeProvider clock,
    IHubContext<AgentHub, IAgentClient> agents,
    IHubContext<VisitorHub, IVisitorClient> visitors,
    ILogger<PresenceService> logger)
{
    public async Task ConnectedAsync(string agentId, string connectionId, CancellationToken cancellationToken)
    {
        var chosen = await db.AgentPresenceChoices.AsNoTracking().Where(c => c.AgentId == agentId)
            .Select(c => (PresenceStatus?)c.Status).FirstOrDefaultAsync(cancellationToken) ?? PresenceStatus.Online;
        await PublishAsync(agentId, presence.Connect(agentId, connectionId, chosen), cancellationToken);
    }

    public Task DisconnectedAsync(string agentId, string connectionId) =>
        PublishAsync(agentId, presence.Disconnect(agentId, connectionId), CancellationToken.None);

    /// <summary>Keeps the agent's choice and applies it to their open consoles.</summary>
    public async Task<AgentPresenceView> ChooseAsync(string agentId, string? status,
        CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<PresenceStatus>(status, ignoreCase: true, out var chosen)
            || !Enum.IsDefined(chosen) || int.TryParse(status, out _))
        {
            throw WorkflowRefusals.PresenceInvalid();
        }

        var stored = await db.AgentPresenceChoices.FirstOrDefaultAsync(c => c.AgentId == agentId, cancellationToken);
        if (stored is null)
        {
            stored = new AgentPresenceChoice { AgentId = agentId };
            db.AgentPresenceChoices.Add(stored);
        }

        stored.Status = chosen;
        stored.ChangedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);

        await PublishAsync(agentId, presence.Choose(agentId, chosen), cancellationToken);
        return await ViewAsync(agentId, cancellationToken);
    }

    /// <summary>Every active agent with their presence, for the hand-over list.</summary>
    public async Task<List<AgentPresenceView>> ListAsync(CancellationToken cancellationToken)
    {
        var active = await ActiveAgents.Query(db, clock.GetUtcNow()).AsNoTracking()
            .OrderBy(a => a.DisplayName).Select(a => new { a.Id, a.DisplayName }).ToListAsync(cancellationToken);
        return [.. active.Select(a => new AgentPresenceView(a.Id, a.DisplayName, presence.StatusOf(a.Id)))];
    }

    public async Task<AgentSelf> SelfAsync(AgentCaller caller, CancellationToken cancellationToken)
    {
        var view = await ViewAsync(caller.Id, cancellationToken);
        return new AgentSelf(caller.Id, view.DisplayName, caller.IsAdmin, view.Status);
    }

    private async Task<AgentPresenceView> ViewAsync(string agentId, CancellationToken cancellationToken)
    {
        var name = await db.Users.AsNoTracking().Where(u => u.Id == agentId).Select(u => u.DisplayName)
            .FirstOrDefaultAsync(cancellationToken);
        return new AgentPresenceView(agentId, name ?? "", presence.StatusOf(agentId));
    }

    private async Task PublishAsync(string agentId, PresenceChange change, CancellationToken cancellationToken)
    {
        if (change.StatusChanged)
        {
            await agents.Clients.Group(ChatGroups.Agents).PresenceChanged(await ViewAsync(agentId, cancellationToken));
        }

        if (change.AvailabilityNow is { } available)
        {
            LogAvailability(logger, available);
            await visitors.Clients.All.AvailabilityChanged(new Availability(available));
        }
    }

    [LoggerMessage(EventId = 1211, Level = LogLevel.Information,
        Message = "Agents available for visitors: {Available}")]
    private static partial void LogAvailability(ILogger logger, bool available);
}
