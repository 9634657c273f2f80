using System.Security.Claims;
using ChatConsent.Agents;
using ChatConsent.Demo;
using ChatConsent.Sites;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace ChatConsent.Admin;

/// <summary>Every site with the script tag to paste and its main privacy settings at a glance.</summary>
[Authorize(Roles = AgentRoles.Admin)]
public sealed class SiteListModel(SiteSettingsEditor editor, IOptions<ServiceOptions> service) : PageModel
{
    public IReadOnlyList<Site> Sites { get; private set; } = [];

    [BindProperty]
    public NewSiteForm NewSite { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Sites = await editor.ListAsync(cancellationToken);

    /// <summary>Adds a site and opens its settings, where its origins and the rest are set.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var actor = new Actor(User.FindFirstValue(ClaimTypes.NameIdentifier)!, User.Identity!.Name!);
        var failures = await editor.CreateAsync(NewSite, actor, cancellationToken);
        if (failures.Count == 0)
        {
            return RedirectToPage("/Admin/Site", new { key = NewSite.Key });
        }

        foreach (var failure in failures)
        {
            var field = $"{nameof(NewSite)}.{failure.MemberNames.FirstOrDefault()}";
            ModelState.AddModelError(field, failure.ErrorMessage!);
        }

        Sites = await editor.ListAsync(cancellationToken);
        return Page();
    }

    /// <summary>The one tag a site embeds, pointing at the service's public address.</summary>
    public string ScriptTag(Site site)
    {
        var serviceUrl = service.Value.PublicUrl
            ?? new Uri($"{Request.Scheme}://{Request.Host}{Request.PathBase}/");
        return $"""<script src="{new Uri(serviceUrl, "widget.js")}" data-site="{site.Key}" async></script>""";
    }

    public static string CookieLifetime(Site site) =>
        site.CookieLifetimeDays is { } days ? $"{days} days" : "Session cookie";
}
