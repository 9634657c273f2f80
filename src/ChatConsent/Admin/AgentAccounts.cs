using System.ComponentModel.DataAnnotations;
using System.Data;
using ChatConsent.Agents;
using ChatConsent.Chat;
using ChatConsent.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChatConsent.Admin;

/// <summary>An agent as the admin's list shows them. <c>Role</c> is <c>agent</c> or <c>admin</c>.</summary>
public sealed record AgentListItem(string Id, string DisplayName, string Email, string Role, AgentStatus Status,
    DateTimeOffset? InvitedAt, DateTimeOffset? LastSignInAt);

/// <summary>What became of an admin's change: a refusal to show them, or done, with the link it made.</summary>
public sealed record AgentChange(string? Refusal, AgentInvitation? Invitation = null)
{
    public static readonly AgentChange Done = new((string?)null);

    public static AgentChange Refused(string why) => new(why);
}

/// <summary>
/// What admins do to agent accounts: invite, disable, enable, remove, change the role; each change
/// audited. Two rules hold whoever asks: nobody disables, removes or demotes themselves, and the
/// last active admin stays. Each change runs in a serializable transaction, so two admins demoting
/// each other at once cannot leave the service without one.
/// </summary>
public sealed partial class AgentAccounts(
    ChatDbContext db,
    UserManager<Agent> users,
    AgentInvitations invitations,
    AgentConnections connections,
    ConversationAssignments assignments,
    TimeProvider clock,
    ILogger<AgentAccounts> logger)
{
    private const string NoSuchAgent = "This agent does not exist any more.";

    public async Task<List<AgentListItem>> ListAsync(CancellationToken cancellationToken)
    {
        var admins = await AdminIdsAsync(cancellationToken);
        var agents = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
        return [.. agents.Select(a => new AgentListItem(a.Id, a.DisplayName, a.Email ?? "",
            admins.Contains(a.Id) ? AgentRoles.Admin : AgentRoles.Agent, a.Status, a.InvitedAt, a.LastSignInAt))];
    }

    /// <summary>Creates the account without a password and makes its invitation link.</summary>
    public async Task<(List<ValidationResult> Failures, AgentInvitation? Invitation)> InviteAsync(
        InviteAgentForm form, Actor actor, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationResult>();
        Validator.TryValidateObject(form, new ValidationContext(form), failures, validateAllProperties: true);
        if (failures.Count > 0)
        {
            return (failures, null);
        }

        var outcome = await InTransactionAsync(() => CreateInvitedAsync(form, actor, cancellationToken),
            cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            failures.Add(new ValidationResult(refusal, [nameof(form.Email)]));
        }

        return (failures, outcome.Invitation);
    }

    /// <summary>A new link for an agent who has not set a password yet; earlier links stop working.</summary>
    public Task<AgentChange> RenewInvitationAsync(string agentId, Actor actor, CancellationToken cancellationToken) =>
        InTransactionAsync(async () =>
        {
            if (await users.FindByIdAsync(agentId) is not { } agent)
            {
                return AgentChange.Refused(NoSuchAgent);
            }

            if (agent.Status != AgentStatus.Invited)
            {
                return AgentChange.Refused(agent.Status == AgentStatus.Disabled
                    ? $"{agent.DisplayName} is disabled; enable the account before inviting again."
                    : $"{agent.DisplayName} has set a password already and signs in as usual.");
            }

            var invitation = await invitations.CreateLinkAsync(agent);
            await AuditAsync(actor, "agent_invitation_renewed", agent, null, null, cancellationToken);
            return new AgentChange(null, invitation);
        }, cancellationToken);

    /// <summary>Ends the agent's sign-in everywhere: sessions, open consoles and future sign-ins.</summary>
    public async Task<AgentChange> DisableAsync(string agentId, Actor actor, CancellationToken cancellationToken)
    {
        List<Guid> released = [];
        var outcome = await GuardedAsync(agentId, actor, "You cannot disable your own account.", async agent =>
        {
            if (agent.Status == AgentStatus.Disabled)
            {
                return AgentChange.Done;
            }

            var before = StatusName(agent.Status);
            agent.DisabledAt = clock.GetUtcNow();
            released = await assignments.ReleaseAllAsync(agent.Id, cancellationToken);

            // A new stamp makes every cookie issued before it fail its next validation.
            if (Failure(await users.UpdateSecurityStampAsync(agent)) is { } failure)
            {
                return failure;
            }

            await AuditAsync(actor, "agent_disabled", agent, before, "disabled", cancellationToken);
            return AgentChange.Done;
        }, cancellationToken);

        CloseConnectionsIfDone(outcome, agentId);
        await assignments.PublishAllAsync(released, cancellationToken);
        return outcome;
    }

    public Task<AgentChange> EnableAsync(string agentId, Actor actor, CancellationToken cancellationToken) =>
        InTransactionAsync(async () =>
        {
            if (await users.FindByIdAsync(agentId) is not { } agent)
            {
                return AgentChange.Refused(NoSuchAgent);
            }

            if (agent.Status != AgentStatus.Disabled)
            {
                return AgentChange.Done;
            }

            agent.DisabledAt = null;
            if (Failure(await users.UpdateAsync(agent)) is { } failure)
            {
                return failure;
            }

            await AuditAsync(actor, "agent_enabled", agent, "disabled", StatusName(agent.Status), cancellationToken);
            return AgentChange.Done;
        }, cancellationToken);

    /// <summary>
    /// Deletes the account. Their messages keep the name they were sent under, which is stored with
    /// each message, and the audit log keeps what they did.
    /// </summary>
    public async Task<AgentChange> RemoveAsync(string agentId, Actor actor, CancellationToken cancellationToken)
    {
        List<Guid> released = [];
        var outcome = await GuardedAsync(agentId, actor, "You cannot remove your own account.", async agent =>
        {
            released = await assignments.ReleaseAllAsync(agent.Id, cancellationToken);
            if (Failure(await users.DeleteAsync(agent)) is { } failure)
            {
                return failure;
            }

            await AuditAsync(actor, "agent_removed", agent, agent.DisplayName, null, cancellationToken);
            return AgentChange.Done;
        }, cancellationToken);

        CloseConnectionsIfDone(outcome, agentId);
        await assignments.PublishAllAsync(released, cancellationToken);
        return outcome;
    }

    /// <param name="role"><see cref="AgentRoles.Admin"/> or <see cref="AgentRoles.Agent"/>.</param>
    public Task<AgentChange> ChangeRoleAsync(string agentId, string role, Actor actor,
        CancellationToken cancellationToken) => role switch
        {
            AgentRoles.Admin => InTransactionAsync(async () =>
                await users.FindByIdAsync(agentId) is { } agent
                    ? await SetAdminAsync(agent, true, actor, cancellationToken)
                    : AgentChange.Refused(NoSuchAgent), cancellationToken),
            AgentRoles.Agent => GuardedAsync(agentId, actor,
                "You cannot take the admin role from yourself; another admin can.",
                agent => SetAdminAsync(agent, false, actor, cancellationToken), cancellationToken),
            _ => Task.FromResult(AgentChange.Refused("The role is agent or admin.")),
        };

    private async Task<AgentChange> CreateInvitedAsync(InviteAgentForm form, Actor actor,
        CancellationToken cancellationToken)
    {
        var email = form.Email.Trim();
        var agent = new Agent
        {
            UserName = email,
            Email = email,
            DisplayName = AgentDisplayName.Normalize(form.DisplayName)!,
            InvitedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(agent);
        if (!created.Succeeded)
        {
            return AgentChange.Refused(DescribeCreateFailure(created));
        }

        string[] roles = form.Role == AgentRoles.Admin ? [AgentRoles.Admin, AgentRoles.Agent] : [AgentRoles.Agent];
        if (Failure(await users.AddToRolesAsync(agent, roles)) is { } failure)
        {
            return failure;
        }

        var invitation = await invitations.CreateLinkAsync(agent);
        await AuditAsync(actor, "agent_invited", agent, null, form.Role, cancellationToken);
        return new AgentChange(null, invitation);
    }

    private async Task<AgentChange> SetAdminAsync(Agent agent, bool admin, Actor actor,
        CancellationToken cancellationToken)
    {
        if (await users.IsInRoleAsync(agent, AgentRoles.Admin) == admin)
        {
            return AgentChange.Done;
        }

        // The console needs the agent role; an admin holds both. The session picks the change up at
        // its next request, because the sign-in cookie is validated on every request.
        var changed = admin
            ? await users.AddToRolesAsync(agent, await users.IsInRoleAsync(agent, AgentRoles.Agent)
                ? [AgentRoles.Admin]
                : [AgentRoles.Admin, AgentRoles.Agent])
            : await users.RemoveFromRoleAsync(agent, AgentRoles.Admin);
        if (Failure(changed) is { } failure)
        {
            return failure;
        }

        var (before, after) = admin ? (AgentRoles.Agent, AgentRoles.Admin) : (AgentRoles.Admin, AgentRoles.Agent);
        await AuditAsync(actor, "agent_role_changed", agent, before, after, cancellationToken);
        return AgentChange.Done;
    }

    private Task<AgentChange> GuardedAsync(string agentId, Actor actor, string selfRefusal,
        Func<Agent, Task<AgentChange>> change, CancellationToken cancellationToken) =>
        InTransactionAsync(async () =>
        {
            if (await users.FindByIdAsync(agentId) is not { } agent)
            {
                return AgentChange.Refused(NoSuchAgent);
            }

            if (agent.Id == actor.Id)
            {
                return AgentChange.Refused(selfRefusal);
            }

            if (await IsLastActiveAdminAsync(agent))
            {
                return AgentChange.Refused(
                    $"{agent.DisplayName} is the last active admin. Make another agent an admin first.");
            }

            return await change(agent);
        }, cancellationToken);

    private async Task<bool> IsLastActiveAdminAsync(Agent agent)
    {
        if (agent.Status != AgentStatus.Active || !await users.IsInRoleAsync(agent, AgentRoles.Admin))
        {
            return false;
        }

        var admins = await users.GetUsersInRoleAsync(AgentRoles.Admin);
        return admins.Count(a => a.Status == AgentStatus.Active) <= 1;
    }

    // The check and the change commit together or not at all; a change that is refused half-way
    // (for example by Identity) leaves nothing behind. A retry after a transient fault (a lost
    // deadlock on SQL Server) runs the checks again.
    private Task<AgentChange> InTransactionAsync(Func<Task<AgentChange>> change,
        CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction =
                await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
            var outcome = await change();
            if (outcome.Refusal is null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return outcome;
        });

    private void CloseConnectionsIfDone(AgentChange outcome, string agentId)
    {
        if (outcome.Refusal is null)
        {
            connections.Close(agentId);
            LogSignInEnded(logger, agentId);
        }
    }

    private async Task<HashSet<string>> AdminIdsAsync(CancellationToken cancellationToken) =>
        [.. await db.UserRoles.AsNoTracking()
            .Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == AgentRoles.Admin))
            .Select(ur => ur.UserId)
            .ToListAsync(cancellationToken)];

    private async Task AuditAsync(Actor actor, string action, Agent agent, string? oldValue, string? newValue,
        CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(AuditEntry.Of(clock.GetUtcNow(), actor, null, action, agent.Email ?? agent.Id,
            oldValue, newValue));
        await db.SaveChangesAsync(cancellationToken);
        LogChanged(logger, action, agent.Id, actor.Id);
    }

    private static AgentChange? Failure(IdentityResult result) => result.Succeeded
        ? null
        : AgentChange.Refused(string.Join(" ", result.Errors.Select(e => e.Description)));

    // The e-mail address is the Identity user name too; say so in the admin's words, not Identity's.
    private static string DescribeCreateFailure(IdentityResult result) =>
        result.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail")
            ? "An agent with this e-mail address exists already."
            : result.Errors.Any(e => e.Code is "InvalidUserName" or "InvalidEmail")
                ? "This e-mail address has characters the sign-in does not accept: use letters, digits and - . _ @ +."
                : string.Join(" ", result.Errors.Select(e => e.Description));

    internal static string StatusName(AgentStatus status) => status.ToString().ToLowerInvariant();

    [LoggerMessage(EventId = 1411, Level = LogLevel.Information,
        Message = "Account change {Action} of agent {AgentId} by agent {ActorId}")]
    private static partial void LogChanged(ILogger logger, string action, string agentId, string actorId);

    [LoggerMessage(EventId = 1412, Level = LogLevel.Information,
        Message = "Ended the sign-in and closed the console connections of agent {AgentId}")]
    private static partial void LogSignInEnded(ILogger logger, string agentId);
}
