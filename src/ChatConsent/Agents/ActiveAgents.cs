using ChatConsent.Data;

namespace ChatConsent.Agents;

/// <summary>
/// The accounts that can work in the console now: in the agent role, with a password set, not
/// disabled by an admin and not locked out after wrong passwords.
/// </summary>
public static class ActiveAgents
{
    public static IQueryable<Agent> Query(ChatDbContext db, DateTimeOffset now)
    {
        var agentRole = db.Roles.Where(r => r.Name == AgentRoles.Agent).Select(r => r.Id);
        return db.Users.Where(u =>
            db.UserRoles.Any(ur => ur.UserId == u.Id && agentRole.Contains(ur.RoleId))
            && u.DisabledAt == null
            && u.PasswordHash != null
            && (u.LockoutEnd == null || u.LockoutEnd <= now));
    }
}
