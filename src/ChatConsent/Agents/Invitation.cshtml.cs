using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatConsent.Agents;

/// <summary>Where an invited agent sets their first password through the link an admin passed on.</summary>
public sealed class InvitationModel(AgentInvitations invitations) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "agent")]
    public string? AgentId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty, Required(ErrorMessage = "Choose a password.")]
    public string Password { get; set; } = "";

    [BindProperty, Compare(nameof(Password), ErrorMessage = "The two passwords differ.")]
    public string ConfirmPassword { get; set; } = "";

    /// <summary>Null when the link no longer works: used, replaced by a newer one, expired or altered.</summary>
    public Agent? Invitee { get; private set; }

    public async Task OnGetAsync() => Invitee = await invitations.FindInviteeAsync(AgentId, Token);

    public async Task<IActionResult> OnPostAsync()
    {
        Invitee = await invitations.FindInviteeAsync(AgentId, Token);
        if (Invitee is null || !ModelState.IsValid)
        {
            return Page();
        }

        var accepted = await invitations.AcceptAsync(Invitee, Password);
        if (!accepted.Succeeded)
        {
            foreach (var error in accepted.Errors)
            {
                ModelState.AddModelError(nameof(Password), error.Description);
            }

            return Page();
        }

        return RedirectToPage("/Agents/SignIn", new { email = Invitee.Email, welcome = true });
    }
}
