using ChatConsent.Agents;
using ChatConsent.Chat;
using ChatConsent.Sites;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatConsent.Admin;

/// <summary>A saved reply as the admin page edits it; no id for a new one.</summary>
public sealed class SavedReplyForm
{
    public Guid? Id { get; set; }

    public string? Key { get; set; }

    public string? Text { get; set; }
}

/// <summary>
/// The saved replies of each site. Admins keep them, because they speak for the company to every
/// visitor; agents insert them in the console by typing <c>/key</c>.
/// </summary>
[Authorize(Roles = AgentRoles.Admin)]
public sealed class SavedRepliesModel(SiteSettingsEditor sites, CannedResponses canned) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "site")]
    public string? SiteKey { get; set; }

    [BindProperty]
    public SavedReplyForm Form { get; set; } = new();

    [TempData]
    public string? Saved { get; set; }

    public IReadOnlyList<Site> Sites { get; private set; } = [];

    public Site? Site { get; private set; }

    public IReadOnlyList<CannedResponseView> Replies { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Site is null)
        {
            return NotFound();
        }

        var key = Form.Key?.Trim().TrimStart('/').ToLowerInvariant();
        AddError(nameof(Form.Key), CannedResponseRules.CheckKey(key));
        AddError(nameof(Form.Text), CannedResponseRules.CheckText(Form.Text));
        if (ModelState.IsValid && !await canned.SaveAsync(Site.Id, Form.Id, key!, Form.Text!.Trim(),
                SiteSettingsModel.ActorOf(User), cancellationToken))
        {
            AddError(nameof(Form.Key), $"Another saved reply of this site already has the key /{key}.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Saved = $"/{key}";
        return RedirectToPage(new { site = Site.Key });
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Site is null)
        {
            return NotFound();
        }

        await canned.DeleteAsync(Site.Id, id, SiteSettingsModel.ActorOf(User), cancellationToken);
        return RedirectToPage(new { site = Site.Key });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Sites = await sites.ListAsync(cancellationToken);
        Site = Sites.FirstOrDefault(s => s.Key == SiteKey) ?? (SiteKey is null && Sites.Count > 0 ? Sites[0] : null);
        Replies = Site is null ? [] : await canned.ForSiteAsync(Site.Id, cancellationToken);
    }

    private void AddError(string field, string? problem)
    {
        if (problem is not null)
        {
            ModelState.AddModelError($"{nameof(Form)}.{field}", problem);
        }
    }
}
