using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatConsent.Agents;

/// <summary>The console shell; the list and the messages arrive over the agent hub.</summary>
[Authorize(Roles = AgentRoles.Agent)]
public sealed class ConsoleModel : PageModel
{
    public void OnGet()
    {
    }
}
