using ChatConsent.Data;

namespace ChatConsent.Agents;

/// <summary>
/// The accounts that can work in the console now: in the agent role and not locked out. A
/// disabled account is one locked out for good, so it never counts.
/// </summary>
public static class ActiveAgents
{
    public static IQueryable<Agent> Query(ChatDbContext db, DateTimeOffset now)
    {
        var agentRole = db.Roles.Where(r => r.Name == AgentRoles.Agent).Select(r => r.Id);
        return db.Users.Where(u =>
            db.UserRoles.Any(ur => ur.UserId == u.Id && agentRole.Contains(ur.RoleId))
            && (u.LockoutEnd == null || u.LockoutEnd <= now));
    }
}
