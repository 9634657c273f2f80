using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatConsent.Admin;

/// <summary>Where a signed-in agent lands on a page their role does not open.</summary>
public sealed class DeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
