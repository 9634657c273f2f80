using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using ChatConsent.Agents;
using ChatConsent.Sites;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatConsent.Admin;

/// <summary>One site's settings in one form; a saved change applies to the widget's next load.</summary>
[Authorize(Roles = AgentRoles.Admin)]
public sealed class SiteSettingsModel(SiteSettingsEditor editor) : PageModel
{
    public Site Site { get; private set; } = null!;

    public SiteSettingsForm Form { get; private set; } = new();

    [TempData]
    public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (await editor.FindAsync(key, cancellationToken) is not { } site)
        {
            return NotFound();
        }

        Site = site;
        Form = SiteSettingsForm.From(site);
        return Page();
    }

    // The form's fields carry no prefix, so that their ids and names are the settings' own names.
    public async Task<IActionResult> OnPostAsync(string key, [Bind(Prefix = "")] SiteSettingsForm form,
        CancellationToken cancellationToken)
    {
        if (await editor.FindAsync(key, cancellationToken) is not { } site)
        {
            return NotFound();
        }

        Site = site;
        Form = form;
        if (!ModelState.IsValid)
        {
            // MVC checks the rules across fields only once every field passed; show them all at once.
            AddErrors(form.Validate(new ValidationContext(form)));
            return Page();
        }

        AddErrors(await editor.SaveAsync(key, form, ActorOf(User), cancellationToken));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Saved = true;
        return RedirectToPage(new { key });
    }

    private void AddErrors(IEnumerable<ValidationResult> failures)
    {
        foreach (var failure in failures)
        {
            foreach (var member in failure.MemberNames.DefaultIfEmpty(""))
            {
                var message = failure.ErrorMessage ?? "This value is not valid.";
                if (ModelState[member]?.Errors.Any(error => error.ErrorMessage == message) != true)
                {
                    ModelState.AddModelError(member, message);
                }
            }
        }
    }

    internal static Actor ActorOf(ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier)!, user.Identity?.Name ?? "unknown");
}
