using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatConsent.Agents;

public sealed class SignOutModel(SignInManager<Agent> signIn) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Agents/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Agents/SignIn");
    }
}
