using ChatConsent.Agents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatConsent.Admin;

/// <summary>The newest audited changes: settings, agent accounts, exports and erasures.</summary>
[Authorize(Roles = AgentRoles.Admin)]
public sealed class AuditModel(AuditLog audit, SiteSettingsEditor sites) : PageModel
{
    public const int Shown = 200;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> SiteNames { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Entries = await audit.ListAsync(Shown, cancellationToken);
        SiteNames = (await sites.ListAsync(cancellationToken)).ToDictionary(site => site.Id, site => site.Name);
    }

    public string SiteOf(AuditEntry entry) =>
        entry.SiteId is { } id ? SiteNames.GetValueOrDefault(id, "deleted site") : "";

    public static string ActionName(string action) => action switch
    {
        "setting_changed" => "Setting changed",
        "visitor_exported" => "Visitor exported",
        "visitor_erased" => "Visitor erased",
        "site_created" => "Site added",
        "agent_invited" => "Agent invited",
        "agent_invitation_renewed" => "New invitation link",
        "agent_disabled" => "Agent disabled",
        "agent_enabled" => "Agent enabled",
        "agent_removed" => "Agent removed",
        "agent_role_changed" => "Role changed",
        "agent_display_name_changed" => "Display name changed",
        _ => action,
    };
}
