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

    /// <summary>
    /// <c>site_created</c>, <c>setting_changed</c>, <c>visitor_exported</c>, <c>visitor_erased</c>, or one
    /// of the agent account changes: <c>agent_invited</c>, <c>agent_invitation_renewed</c>,
    /// <c>agent_disabled</c>, <c>agent_enabled</c>, <c>agent_removed</c>, <c>agent_role_changed</c>,
    /// <c>agent_display_name_changed</c>.
    /// </summary>
    public required string Action { get; set; }

    /// <summary>What it concerns: a setting's name, a visitor id, or an agent's e-mail address.</summary>
    public required string Subject { get; set; }

    public string? OldValue { get; set; }

    public string? NewValue { get; set; }

    /// <summary>The column holds this much of a value; a long saved reply's end is left out.</summary>
    public const int MaxValueLength = 4000;

    public static AuditEntry Of(DateTimeOffset at, Actor actor, Guid? siteId, string action, string subject,
        string? oldValue = null, string? newValue = null) => new()
        {
            Id = Guid.CreateVersion7(at),
            At = at,
            ActorId = actor.Id,
            ActorName = actor.Name,
            SiteId = siteId,
            Action = action,
            Subject = subject,
            OldValue = Clip(oldValue),
            NewValue = Clip(newValue),
        };

    private static string? Clip(string? value) =>
        value is { Length: > MaxValueLength } ? value[..MaxValueLength] : value;
}
