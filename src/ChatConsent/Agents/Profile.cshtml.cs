using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatConsent.Agents;

/// <summary>An agent's own account: the name visitors see, and the password.</summary>
[Authorize(Roles = AgentRoles.Agent)]
public sealed class ProfileModel(UserManager<Agent> users, AgentProfile profile) : PageModel
{
    public Agent Agent { get; private set; } = null!;

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty, Required(ErrorMessage = "Enter your current password.")]
    public string CurrentPassword { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Choose a new password.")]
    public string NewPassword { get; set; } = "";

    [BindProperty, Compare(nameof(NewPassword), ErrorMessage = "The two new passwords differ.")]
    public string ConfirmPassword { get; set; } = "";

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Agent = await CurrentAsync();
        DisplayName = Agent.DisplayName;
        return Page();
    }

    public async Task<IActionResult> OnPostNameAsync(CancellationToken cancellationToken)
    {
        Agent = await CurrentAsync();
        if (await profile.ChangeDisplayNameAsync(Agent, DisplayName, cancellationToken) is { } refusal)
        {
            ModelState.Clear();
            ModelState.AddModelError(nameof(DisplayName), refusal);
            return Page();
        }

        Saved = "Your display name is changed. Visitors see it on the replies you send from now on.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPasswordAsync()
    {
        Agent = await CurrentAsync();
        DisplayName = Agent.DisplayName;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var changed = await profile.ChangePasswordAsync(Agent, CurrentPassword, NewPassword);
        if (!changed.Succeeded)
        {
            foreach (var error in changed.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch)
                    ? nameof(CurrentPassword) : nameof(NewPassword);
                var message = field == nameof(CurrentPassword) ? "The current password is wrong." : error.Description;
                ModelState.AddModelError(field, message);
            }

            return Page();
        }

        Saved = "Your password is changed. Other browsers signed in as you are signed out.";
        return RedirectToPage();
    }

    // The page's authorization has just validated the cookie against this account, so it exists.
    private async Task<Agent> CurrentAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in agent is gone.");
}
