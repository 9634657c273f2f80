namespace ChatConsent.Returning;

/// <summary>What opening an e-mail link does, besides signing the visitor in.</summary>
public enum LinkPurpose
{
    /// <summary>Continues the visitor's conversations in this browser.</summary>
    SignIn,

    /// <summary>Confirms the address it was sent to, then continues like a sign-in.</summary>
    Confirm,
}

/// <summary>
/// One e-mail link. Only the SHA-256 of its random token is stored; it is bound to one site and
/// one visitor, valid for the site's link lifetime, and used at most once.
/// </summary>
public sealed class LinkToken
{
    public Guid Id { get; set; }

    public required byte[] TokenHash { get; set; }

    public LinkPurpose Purpose { get; set; }

    public Guid SiteId { get; set; }

    public Guid VisitorId { get; set; }

    /// <summary>For a confirmation: the address the link was sent to, which it confirms.</summary>
    public string? Email { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When the visitor's button press redeemed it; a used link signs nobody in again.</summary>
    public DateTimeOffset? UsedAt { get; set; }
}
