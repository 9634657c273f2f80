namespace ChatConsent.Chat;

/// <summary>A saved reply of one site, inserted in the console's reply box by typing <c>/key</c>.</summary>
public sealed class CannedResponse
{
    public Guid Id { get; set; }

    public Guid SiteId { get; set; }

    /// <summary>Short, unique within the site: lower-case letters, digits, <c>-</c> and <c>_</c>.</summary>
    public required string Key { get; set; }

    /// <summary>The reply as it is inserted; the agent can still edit it before sending.</summary>
    public required string Text { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
