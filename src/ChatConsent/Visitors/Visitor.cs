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

    /// <summary>The page the visitor is on; collected only while the site's privacy mode is off.</summary>
    public string? CurrentPageUrl { get; set; }

    /// <summary>The page that led the visitor to the site; only while privacy mode is off.</summary>
    public string? Referrer { get; set; }

    /// <summary>The browser's user agent; only while privacy mode is off.</summary>
    public string? UserAgent { get; set; }

    /// <summary>
    /// The IP address with its last octet (IPv4) or last 80 bits (IPv6) zeroed; only while privacy
    /// mode is off.
    /// </summary>
    public string? IpAddress { get; set; }

    public DateTimeOffset? LastSeenAt { get; set; }

    /// <summary>
    /// The visitor's confirmed e-mail address, normalised (trimmed, lower case); only ever an
    /// address whose link was opened. Sign-in links go to it, and only to it.
    /// </summary>
    public string? Email { get; set; }

    /// <summary>When <see cref="Email"/> was confirmed.</summary>
    public DateTimeOffset? EmailConfirmedAt { get; set; }

    /// <summary>An address the visitor left that awaits its confirmation link; it unlocks nothing.</summary>
    public string? PendingEmail { get; set; }

    /// <summary>When the visitor turned off digest mails of agents' replies; null while they get them.</summary>
    public DateTimeOffset? DigestOptOutAt { get; set; }

    /// <summary>Whether the visitor is in privacy mode: the site's setting, or their browser's GPC.</summary>
    public static bool CollectsNothing(Sites.Site site, string? privacyModeReason) =>
        site.PrivacyMode || privacyModeReason is not null;
}
