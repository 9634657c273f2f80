namespace ChatConsent.Admin;

/// <summary>
/// One audited change: who did what, from which value to which, when. Erasures are audited
/// without the erased data.
/// </summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The agent account that acted, or <c>visitor</c> when visitors erase their own data.</summary>
    public required string ActorId { get; set; }

    public required string ActorName { get; set; }

    public Guid? SiteId { get; set; }

    /// <summary><c>setting_changed</c>, <c>visitor_exported</c> or <c>visitor_erased</c>.</summary>
    public required string Action { get; set; }

    /// <summary>What it concerns: a setting's name, or a visitor id.</summary>
    public required string Subject { get; set; }

    public string? OldValue { get; set; }

    public string? NewValue { get; set; }
}
