namespace ChatConsent.Visitors;

/// <summary>
/// One issued identity token. Only its SHA-256 hash is stored, so a database leak does not let
/// anyone act as a visitor. A visitor may hold several over time (another device, a new consent).
/// </summary>
public sealed class VisitorIdentity
{
    public Guid Id { get; set; }

    public Guid VisitorId { get; set; }

    public Visitor Visitor { get; set; } = null!;

    public required byte[] TokenHash { get; set; }

    /// <summary>The consent record whose grant this identity was issued under.</summary>
    public Guid ConsentRecordId { get; set; }

    public DateTimeOffset IssuedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
