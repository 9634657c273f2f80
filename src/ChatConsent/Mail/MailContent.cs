namespace ChatConsent.Mail;

/// <summary>One mail as it is written: both parts, and where to turn digests off if it is one.</summary>
/// <param name="UnsubscribeUrl">For List-Unsubscribe and List-Unsubscribe-Post (RFC 8058); null for link mails.</param>
public sealed record MailContent(string SenderName, string Subject, string Text, string Html,
    string? UnsubscribeUrl = null);
