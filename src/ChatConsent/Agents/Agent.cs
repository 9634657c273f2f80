using Microsoft.AspNetCore.Identity;

namespace ChatConsent.Agents;

/// <summary>A support agent or admin signing in to the console.</summary>
public sealed class Agent : IdentityUser
{
    /// <summary>The name visitors see on the agent's replies.</summary>
    public required string DisplayName { get; set; }
}

public static class AgentRoles
{
    public const string Admin = "admin";
    public const string Agent = "agent";
}
