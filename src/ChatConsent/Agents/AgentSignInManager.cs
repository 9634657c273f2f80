using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ChatConsent.Agents;

/// <summary>
/// Identity's sign-in with one rule more: a disabled account neither signs in nor keeps a
/// session, even if its security stamp were unchanged.
/// </summary>
internal sealed class AgentSignInManager(
    UserManager<Agent> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<Agent> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<Agent>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<Agent> confirmation)
    : SignInManager<Agent>(users, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(Agent user) =>
        user.DisabledAt is null && await base.CanSignInAsync(user);

    public override async Task<Agent?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user?.DisabledAt is null ? user : null;
    }
}
