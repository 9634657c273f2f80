namespace ChatConsent.Mail;

/// <summary>What a mail is for; named in the export and in logs instead of its recipient.</summary>
public enum MailKind
{
    SignIn,
    Confirm,
    Digest,
}

/// <summary>
/// A mail waiting to be sent, or sent. Its content (with the link) is protected with Data
/// Protection while it waits and dropped once it is sent; what stays is when and to whom.
/// </summary>
public sealed class OutboxMail
{
    public Guid Id { get; set; }

    public Guid SiteId { get; set; }

    public Guid VisitorId { get; set; }

    public MailKind Kind { get; set; }

    public required string Recipient { get; set; }

    /// <summary>Subject, bodies and headers, protected; null once sent or given up.</summary>
    public string? ProtectedContent { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>When the next attempt may start; also a sending instance's claim on the mail.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>When the last allowed attempt failed and the outbox gave up.</summary>
    public DateTimeOffset? FailedAt { get; set; }

    /// <summary>Why the last attempt failed, without any address.</summary>
    public string? LastError { get; set; }
}
