using System.Text.Json;
using ChatConsent.Agents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatConsent.Admin;

/// <summary>Finds a visitor and exercises their rights: export everything held, or erase it.</summary>
[Authorize(Roles = AgentRoles.Admin)]
public sealed class VisitorsModel(VisitorDataRights rights) : PageModel
{
    // Indented, because the file is meant to be read by the visitor as well as by programs.
    private static readonly JsonSerializerOptions ExportJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>A visitor id or a conversation id.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    /// <summary>The visitor whose erasure waits for confirmation.</summary>
    [BindProperty(SupportsGet = true, Name = "erase")]
    public Guid? Confirming { get; set; }

    [TempData]
    public Guid? Erased { get; set; }

    public IReadOnlyList<VisitorMatch> Matches { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Query))
        {
            Matches = await rights.FindAsync(Query, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostExportAsync(Guid visitorId, CancellationToken cancellationToken)
    {
        var export = await rights.ExportAsync(visitorId, SiteSettingsModel.ActorOf(User), cancellationToken);
        if (export is null)
        {
            return NotFound();
        }

        return File(JsonSerializer.SerializeToUtf8Bytes(export, ExportJson), "application/json",
            $"visitor-{visitorId}.json");
    }

    public async Task<IActionResult> OnPostEraseAsync(Guid visitorId, CancellationToken cancellationToken)
    {
        if (!await rights.EraseAsync(visitorId, SiteSettingsModel.ActorOf(User), cancellationToken))
        {
            return NotFound();
        }

        Erased = visitorId;
        return RedirectToPage();
    }
}
