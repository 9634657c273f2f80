using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using ChatConsent.Agents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatConsent.Admin;

/// <summary>Every agent account: invite, disable and enable, change the role, remove.</summary>
[Authorize(Roles = AgentRoles.Admin)]
public sealed class AgentsModel(AgentAccounts accounts) : PageModel
{
    public IReadOnlyList<AgentListItem> Agents { get; private set; } = [];

    [BindProperty]
    public InviteAgentForm Invite { get; set; } = new();

    /// <summary>The agent whose removal waits for confirmation.</summary>
    [BindProperty(SupportsGet = true, Name = "remove")]
    public string? ConfirmingRemoval { get; set; }

    [TempData]
    public string? Done { get; set; }

    [TempData]
    public string? Refusal { get; set; }

    // The link is shown once, on the page the admin lands on. It travels there in the encrypted
    // TempData cookie, which that page load deletes; the service keeps it nowhere.
    [TempData]
    public string? InvitationLink { get; set; }

    [TempData]
    public string? InvitationEmail { get; set; }

    [TempData]
    public string? InvitationExpires { get; set; }

    public string CurrentAgentId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Agents = await accounts.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken cancellationToken)
    {
        var (failures, invitation) = await accounts.InviteAsync(Invite, Actor, cancellationToken);
        if (invitation is not null)
        {
            ShowInvitation(invitation);
            return RedirectToPage();
        }

        AddErrors(failures);
        Agents = await accounts.ListAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostRenewAsync(string agentId, CancellationToken cancellationToken) =>
        ApplyAsync(accounts.RenewInvitationAsync(agentId, Actor, cancellationToken), "A new invitation link is ready.");

    public Task<IActionResult> OnPostDisableAsync(string agentId, CancellationToken cancellationToken) =>
        ApplyAsync(accounts.DisableAsync(agentId, Actor, cancellationToken),
            "The account is disabled: it is signed out everywhere and cannot sign in.");

    public Task<IActionResult> OnPostEnableAsync(string agentId, CancellationToken cancellationToken) =>
        ApplyAsync(accounts.EnableAsync(agentId, Actor, cancellationToken), "The account is enabled again.");

    public Task<IActionResult> OnPostRoleAsync(string agentId, string role, CancellationToken cancellationToken) =>
        ApplyAsync(accounts.ChangeRoleAsync(agentId, role, Actor, cancellationToken),
            role == AgentRoles.Admin ? "The agent is an admin now." : "The agent no longer has the admin role.");

    public Task<IActionResult> OnPostRemoveAsync(string agentId, CancellationToken cancellationToken) =>
        ApplyAsync(accounts.RemoveAsync(agentId, Actor, cancellationToken),
            "The account is removed. Its messages keep the name they were sent under.");

    public static string RoleName(string role) => role == AgentRoles.Admin ? "Admin" : "Agent";

    public static string StatusName(AgentStatus status) => status switch
    {
        AgentStatus.Invited => "Invited",
        AgentStatus.Disabled => "Disabled",
        _ => "Active",
    };

    private Actor Actor => SiteSettingsModel.ActorOf(User);

    private async Task<IActionResult> ApplyAsync(Task<AgentChange> change, string done)
    {
        var outcome = await change;
        if (outcome.Invitation is { } invitation)
        {
            ShowInvitation(invitation);
        }

        (Done, Refusal) = outcome.Refusal is null ? (done, null) : ((string?)null, outcome.Refusal);
        return RedirectToPage();
    }

    private void ShowInvitation(AgentInvitation invitation)
    {
        InvitationLink = invitation.Link.ToString();
        InvitationEmail = invitation.Email;
        InvitationExpires = invitation.ExpiresAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'",
            System.Globalization.CultureInfo.InvariantCulture);
    }

    private void AddErrors(IEnumerable<ValidationResult> failures)
    {
        foreach (var failure in failures)
        {
            var field = $"{nameof(Invite)}.{failure.MemberNames.FirstOrDefault()}";
            if (ModelState[field]?.Errors.Any(e => e.ErrorMessage == failure.ErrorMessage) != true)
            {
                ModelState.AddModelError(field, failure.ErrorMessage ?? "This value is not valid.");
            }
        }
    }
}
