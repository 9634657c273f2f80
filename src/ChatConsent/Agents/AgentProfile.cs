using ChatConsent.Admin;
using ChatConsent.Data;
using Microsoft.AspNetCore.Identity;

namespace ChatConsent.Agents;

/// <summary>What agents change about themselves: the name visitors see, and their password.</summary>
public sealed class AgentProfile(ChatDbContext db, UserManager<Agent> users, SignInManager<Agent> signIn,
    TimeProvider clock)
{
    /// <summary>Applies to replies sent from now on; earlier replies keep the name they were sent under.</summary>
    /// <returns>Null when changed, otherwise why not.</returns>
    public async Task<string?> ChangeDisplayNameAsync(Agent agent, string? name, CancellationToken cancellationToken)
    {
        if (AgentDisplayName.Normalize(name) is not { } displayName)
        {
            return AgentDisplayName.Rule;
        }

        var before = agent.DisplayName;
        if (before == displayName)
        {
            return null;
        }

        agent.DisplayName = displayName;
        var updated = await users.UpdateAsync(agent);
        if (!updated.Succeeded)
        {
            return string.Join(" ", updated.Errors.Select(e => e.Description));
        }

        var self = new Actor(agent.Id, agent.Email ?? agent.Id);
        db.AuditEntries.Add(AuditEntry.Of(clock.GetUtcNow(), self, null, "agent_display_name_changed",
            agent.Email ?? agent.Id, before, displayName));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>
    /// Changes the password under Identity's rules. The new security stamp ends the agent's other
    /// sessions at their next request; this one is signed in again so that it stays.
    /// </summary>
    public async Task<IdentityResult> ChangePasswordAsync(Agent agent, string current, string next)
    {
        var changed = await users.ChangePasswordAsync(agent, current, next);
        if (changed.Succeeded)
        {
            await signIn.RefreshSignInAsync(agent);
        }

        return changed;
    }
}
