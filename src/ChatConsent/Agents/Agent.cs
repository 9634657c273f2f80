using Microsoft.AspNetCore.Identity;

namespace ChatConsent.Agents;

/// <summary>A support agent or admin signing in to the console.</summary>
public sealed class Agent : IdentityUser
{
    /// <summary>The name visitors see on the agent's replies; see <see cref="AgentDisplayName"/>.</summary>
    public required string DisplayName { get; set; }

    /// <summary>When an admin invited the agent; null for the first admin, created from configuration.</summary>
    public DateTimeOffset? InvitedAt { get; set; }

    /// <summary>Set while an admin has disabled the account: it cannot sign in, its sessions are ended.</summary>
    public DateTimeOffset? DisabledAt { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }

    /// <summary>Invited until the agent has set a password through the invitation link.</summary>
    public AgentStatus Status => DisabledAt is not null ? AgentStatus.Disabled
        : PasswordHash is null ? AgentStatus.Invited
        : AgentStatus.Active;
}

public enum AgentStatus
{
    Invited,
    Active,
    Disabled,
}

public static class AgentRoles
{
    public const string Admin = "admin";
    public const string Agent = "agent";
}
