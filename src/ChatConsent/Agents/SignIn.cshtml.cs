using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatConsent.Agents;

public sealed class SignInModel(SignInManager<Agent> signIn, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true), Required, EmailAddress]
    public string Email { get; set; } = "";

    [BindProperty, Required]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Set when an invited agent has just chosen their password.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Welcome { get; set; }

    public void OnGet() => ModelState.Clear();

    public async Task<IActionResult> OnPostAsync()
    {
        Welcome = false;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Email, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await RecordSignInAsync();
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/agents");
        }

        // Identity answers "not allowed" before it checks the password, so this tells anyone that
        // the address belongs to a disabled account; the lockout message tells as much already.
        var reason = result.IsLockedOut ? "Too many failed attempts; try again later."
            : result.IsNotAllowed ? "This account is disabled. An admin can enable it again."
            : "E-mail or password is wrong.";
        ModelState.AddModelError(string.Empty, reason);
        return Page();
    }

    private async Task RecordSignInAsync()
    {
        if (await signIn.UserManager.FindByEmailAsync(Email) is { } agent)
        {
            agent.LastSignInAt = clock.GetUtcNow();
            await signIn.UserManager.UpdateAsync(agent);
        }
    }
}
