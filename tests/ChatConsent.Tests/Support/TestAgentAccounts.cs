using ChatConsent.Agents;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ChatConsent.Tests.Support;

/// <summary>More agent accounts than the seeded admin, created through Identity as the service would.</summary>
public static class TestAgentAccounts
{
    public const string Password = "another-long-passphrase";

    /// <returns>The new agent's id.</returns>
    public static async Task<string> CreateAsync(ChatConsentHost host, string email, string displayName,
        bool admin = false)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Agent>>();
        var agent = new Agent { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        Succeeded(await users.CreateAsync(agent, Password));
        string[] roles = admin ? [AgentRoles.Agent, AgentRoles.Admin] : [AgentRoles.Agent];
        Succeeded(await users.AddToRolesAsync(agent, roles));
        return agent.Id;
    }

    /// <summary>Disables the account as an admin does on the agents page.</summary>
    public static async Task DisableAsync(ChatConsentHost host, string agentId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<global::ChatConsent.Admin.AgentAccounts>();
        var admin = new global::ChatConsent.Admin.Actor("test-admin", "Test admin");
        var change = await accounts.DisableAsync(agentId, admin, TestContext.Current.CancellationToken);
        Assert.Null(change.Refusal);
    }

    public static async Task<string> IdOfAsync(ChatConsentHost host, string email)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Agent>>();
        return (await users.FindByEmailAsync(email))!.Id;
    }

    private static void Succeeded(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}
