namespace ChatConsent.Visitors;

/// <summary>
/// A person chatting on one site. Holds no metadata by itself; what they type lives in messages,
/// what they agreed to in consent records.
/// </summary>
public sealed class Visitor
{
    public Guid Id { get; set; }

    public Guid SiteId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Language the visitor's page asked for, used for texts shown to them.</summary>
    public required string Language { get; set; }

    /// <summary>
    /// Why nothing but what the visitor types may be collected about them, beyond the site's own
    /// privacy mode: <c>gpc</c> when their browser sent Global Privacy Control. Null otherwise.
    /// </summary>
    public string? PrivacyModeReason { get; set; }
}
