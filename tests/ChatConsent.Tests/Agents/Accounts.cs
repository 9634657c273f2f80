using System.Net;
using System.Text.RegularExpressions;
using ChatConsent.Agents;
using ChatConsent.Tests.Admin;
using ChatConsent.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatConsent.Tests.Agents;

/// <summary>Agent accounts as the tests need them: made through the admin pages or straight in Identity.</summary>
internal static partial class Accounts
{
    public const string AgentsPage = "/admin/agents";

    /// <summary>Invites through the admin page and returns the link the page showed once.</summary>
    public static async Task<Uri> InviteAsync(AdminClient admin, string email, string displayName,
        string role = AgentRoles.Agent)
    {
        var invited = await admin.SubmitAsync(AgentsPage, "#invite-agent", new()
        {
            ["Invite.Email"] = email,
            ["Invite.DisplayName"] = displayName,
            ["Invite.Role"] = role,
        });
        return InvitationLink(await admin.FollowAsync(invited));
    }

    public static Uri InvitationLink(string page)
    {
        var match = InvitationLinkElement().Match(page);
        Assert.True(match.Success, "the page shows no invitation link");
        return new Uri(WebUtility.HtmlDecode(match.Groups["link"].Value.Trim()));
    }

    /// <summary>Opens the link in a browser that is not signed in and sets the password.</summary>
    public static async Task<HttpResponseMessage> AcceptAsync(ChatConsentHost host, Uri link, string password)
    {
        using var invitee = AdminClient.Anonymous(host);
        return await invitee.SubmitAsync(link.PathAndQuery, "#invitation",
            new() { ["Password"] = password, ["ConfirmPassword"] = password });
    }

    public static async Task<string> CreateAsync(ChatConsentHost host, string email, string password,
        string displayName = "Sam", bool admin = false)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Agent>>();
        var agent = new Agent { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        Assert.True((await users.CreateAsync(agent, password)).Succeeded);
        string[] roles = admin ? [AgentRoles.Admin, AgentRoles.Agent] : [AgentRoles.Agent];
        Assert.True((await users.AddToRolesAsync(agent, roles)).Succeeded);
        return agent.Id;
    }

    public static Task<string> IdOfAsync(ChatConsentHost host, string email) =>
        host.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    public static async Task<bool> IsAdminAsync(ChatConsentHost host, string agentId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Agent>>();
        return await users.IsInRoleAsync((await users.FindByIdAsync(agentId))!, AgentRoles.Admin);
    }

    /// <summary>What the page says went wrong, or null when it reports no refusal.</summary>
    public static string? Refusal(string page)
    {
        var match = RefusalElement().Match(page);
        return match.Success ? WebUtility.HtmlDecode(match.Groups["text"].Value.Trim()) : null;
    }

    /// <summary>Waits until the server closes the connection.</summary>
    public static Task ClosedAsync(Microsoft.AspNetCore.SignalR.Client.HubConnection connection)
    {
        var closed = new TaskCompletionSource();
        connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        return closed.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("""data-testid="invitation-link">(?<link>[^<]+)</textarea>""")]
    private static partial Regex InvitationLinkElement();

    [GeneratedRegex("""data-testid="agent-refusal">\s*<h2>[^<]*</h2>\s*<p>(?<text>.*?)</p>""",
        RegexOptions.Singleline)]
    private static partial Regex RefusalElement();
}
