using ChatConsent.Demo;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ChatConsent.Agents;

/// <summary>A link that lets an invited agent set their password, and until when it works.</summary>
public sealed record AgentInvitation(string Email, Uri Link, DateTimeOffset ExpiresAt);

/// <summary>
/// Produces and checks invitation links. The token is Identity's data-protected user token: it
/// names the account and its security stamp, so it stops working once the password is set, a new
/// link is made or the account is disabled, and after <see cref="Lifespan"/> in any case. Whoever
/// delivers the link (the admin by hand today, a mail later) gets it from <see cref="CreateLinkAsync"/>.
/// </summary>
public sealed class AgentInvitations(
    UserManager<Agent> users, IOptions<ServiceOptions> service, IHttpContextAccessor http, TimeProvider clock)
{
    public const string TokenProvider = "Invitation";

    public static readonly TimeSpan Lifespan = TimeSpan.FromDays(3);

    private const string Purpose = "invitation";

    /// <summary>A new link for an invited agent; every earlier link of theirs stops working.</summary>
    public async Task<AgentInvitation> CreateLinkAsync(Agent agent)
    {
        await users.UpdateSecurityStampAsync(agent);
        var token = await users.GenerateUserTokenAsync(agent, TokenProvider, Purpose);
        var query = $"agent={Uri.EscapeDataString(agent.Id)}&token={Uri.EscapeDataString(token)}";
        var link = new Uri(ServiceUrl(), $"agents/invitation?{query}");
        return new AgentInvitation(agent.Email!, link, clock.GetUtcNow() + Lifespan);
    }

    /// <summary>The invited agent the link is for, or null when it is used, replaced, expired or forged.</summary>
    public async Task<Agent?> FindInviteeAsync(string? agentId, string? token)
    {
        if (string.IsNullOrEmpty(agentId) || string.IsNullOrEmpty(token)
            || await users.FindByIdAsync(agentId) is not { Status: AgentStatus.Invited } agent)
        {
            return null;
        }

        return await users.VerifyUserTokenAsync(agent, TokenProvider, Purpose, token) ? agent : null;
    }

    /// <summary>Sets the first password; this changes the security stamp, which uses the link up.</summary>
    public async Task<IdentityResult> AcceptAsync(Agent invitee, string password)
    {
        var added = await users.AddPasswordAsync(invitee, password);
        if (!added.Succeeded)
        {
            return added;
        }

        // Opening the link sent to the address proves the address, as a confirmation mail would.
        invitee.EmailConfirmed = true;
        return await users.UpdateAsync(invitee);
    }

    private Uri ServiceUrl()
    {
        if (service.Value.PublicUrl is { } configured)
        {
            return configured;
        }

        var request = http.HttpContext?.Request
            ?? throw new InvalidOperationException("Set Service:PublicUrl to make invitation links outside a request.");
        return new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
    }
}

/// <summary>Identity's data-protected tokens under their own purpose and lifespan.</summary>
internal sealed class InvitationTokenProvider(
    IDataProtectionProvider protection,
    IOptions<InvitationTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<Agent>> logger)
    : DataProtectorTokenProvider<Agent>(protection, options, logger);

internal sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public InvitationTokenProviderOptions()
    {
        Name = AgentInvitations.TokenProvider;
        TokenLifespan = AgentInvitations.Lifespan;
    }
}
