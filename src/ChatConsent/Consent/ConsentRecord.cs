namespace ChatConsent.Consent;

public enum ConsentAction
{
    Granted,
    Refused,
    Withdrawn,
}

/// <summary>
/// Append-only proof of one consent decision (GDPR Art. 7(1): the controller must be able to
/// demonstrate consent). Rows are never updated or deleted by the application.
/// </summary>
public sealed class ConsentRecord
{
    public Guid Id { get; set; }

    public Guid SiteId { get; set; }

    /// <summary>Null for a refusal, which creates no visitor.</summary>
    public Guid? VisitorId { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public ConsentAction Action { get; set; }

    /// <summary>Where the decision came from: <c>notice</c> or a consent platform's name.</summary>
    public required string Source { get; set; }

    /// <summary>What was consented to, e.g. <c>chat</c> or the platform categories read.</summary>
    public required string Scope { get; set; }

    /// <summary>Version id of the notice text shown, derived from the text itself.</summary>
    public string? NoticeVersion { get; set; }

    public string? Language { get; set; }

    public string? PlatformConsentId { get; set; }

    /// <summary>Hex SHA-256 of the evidence the decision rests on.</summary>
    public string? EvidenceDigest { get; set; }

    /// <summary>For a withdrawal: the grant it ends.</summary>
    public Guid? RevokesRecordId { get; set; }

    /// <summary>Whether the browser sent Global Privacy Control with the decision.</summary>
    public bool GlobalPrivacyControl { get; set; }
}
