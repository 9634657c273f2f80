using ChatConsent.Chat;
using ChatConsent.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatConsent.Admin;

/// <summary>
/// Everything held about one visitor, as one JSON file. <see cref="Fields"/> says what each
/// field means, so the file can be handed to the visitor as it is (GDPR Art. 15 and 20).
/// </summary>
public sealed record VisitorExport(
    DateTimeOffset ExportedAt,
    IReadOnlyDictionary<string, string> Fields,
    ExportedVisitor Visitor,
    IReadOnlyList<ExportedIdentity> Identities,
    IReadOnlyList<ExportedConversation> Conversations,
    IReadOnlyList<ExportedConsentRecord> ConsentRecords,
    IReadOnlyList<ExportedMail> MailsSent,
    IReadOnlyList<ExportedLink> Links)
{
    public static readonly IReadOnlyDictionary<string, string> FieldMeanings = new Dictionary<string, string>
    {
        ["visitor.id"] = "The random id the chat gave you; it says nothing about you.",
        ["visitor.siteId"] = "The website you chatted on.",
        ["visitor.siteName"] = "That website's name.",
        ["visitor.lastSeenAt"] = "When your browser last connected to the chat.",
        ["visitor.language"] = "The language of the page you chatted from.",
        ["visitor.createdAt"] = "When you first agreed to the chat.",
        ["visitor.privacyModeReason"] =
            "'gpc' when your browser sent Global Privacy Control, so nothing was collected.",
        ["visitor.currentPageUrl"] = "The page you were on, kept only while the site's privacy mode is off.",
        ["visitor.referrer"] = "The page that led you to the site, kept only while privacy mode is off.",
        ["visitor.userAgent"] = "Your browser's self-description, kept only while privacy mode is off.",
        ["visitor.ipAddress"] = "Your IP address with its last part zeroed, kept only while privacy mode is off.",
        ["identities"] =
            "Each sign-in token issued to you: when, and when it was revoked. The token itself is not kept.",
        ["conversations"] = "Your conversations with every message, in order: who wrote it, the text, the time.",
        ["consentRecords"] = "Every consent you gave, refused or withdrew: when, where it came from, "
            + "which notice version you saw, and a fingerprint of the evidence.",
        ["consentRecords.action"] = "Granted, Refused or Withdrawn.",
        ["consentRecords.source"] = "notice (the chat's own notice), widget, or the site's consent platform.",
        ["consentRecords.platformConsentId"] = "The consent platform's own id for your choice, where it has one.",
        ["consentRecords.evidenceDigest"] = "A SHA-256 fingerprint of what your choice was read from; not the value.",
        ["consentRecords.revokesRecordId"] = "For a withdrawal: the consent it ended.",
        ["conversations.messages.sender"] = "visitor (you) or agent.",
        ["conversations.visitorReadThrough"] = "The number of the last message you had on screen.",
        ["conversations.agentReadThrough"] = "The number of the last message the support team had read.",
        ["conversations.notes"] = "Internal notes the support team wrote about the conversation: who, the "
            + "text, the time. They were never shown in the chat, but they are data about you.",
        ["visitor.email"] = "The e-mail address you confirmed; sign-in links and replies go only there.",
        ["visitor.emailConfirmedAt"] = "When you confirmed it by opening its link.",
        ["visitor.pendingEmail"] = "An address you left that was not confirmed yet; it is used for nothing else.",
        ["visitor.digestOptOutAt"] = "When you turned off replies by e-mail.",
        ["links"] = "Each e-mail link sent to you: what it was for, when it was made, expired and used. "
            + "The link itself is not kept.",
        ["mailsSent"] = "E-mails the chat sent or is about to send you: what for, to which address, when; "
            + "kept for 30 days after sending. Their text is not kept once sent.",
    };

    public static async Task<VisitorExport?> LoadAsync(ChatDbContext db, Guid visitorId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var visitor = await db.Visitors.AsNoTracking().Where(v => v.Id == visitorId)
            .Select(v => new ExportedVisitor(v.Id, v.SiteId,
                db.Sites.Where(s => s.Id == v.SiteId).Select(s => s.Name).First(), v.Language, v.CreatedAt,
                v.LastSeenAt, v.PrivacyModeReason, v.CurrentPageUrl, v.Referrer, v.UserAgent, v.IpAddress,
                v.Email, v.EmailConfirmedAt, v.PendingEmail, v.DigestOptOutAt))
            .FirstOrDefaultAsync(cancellationToken);
        if (visitor is null)
        {
            return null;
        }

        var identities = await db.VisitorIdentities.AsNoTracking().Where(i => i.VisitorId == visitorId)
            .OrderBy(i => i.IssuedAt).Select(i => new ExportedIdentity(i.IssuedAt, i.RevokedAt))
            .ToListAsync(cancellationToken);
        var records = await db.ConsentRecords.AsNoTracking().Where(r => r.VisitorId == visitorId)
            .OrderBy(r => r.RecordedAt)
            .Select(r => new ExportedConsentRecord(r.Id, r.RecordedAt, r.Action.ToString(), r.Source, r.Scope,
                r.NoticeVersion, r.Language, r.PlatformConsentId, r.EvidenceDigest, r.GlobalPrivacyControl,
                r.RevokesRecordId))
            .ToListAsync(cancellationToken);

        var mails = await db.OutboxMails.AsNoTracking().Where(m => m.VisitorId == visitorId)
            .OrderBy(m => m.CreatedAt)
            .Select(m => new ExportedMail(m.Kind.ToString(), m.Recipient, m.CreatedAt, m.SentAt, m.FailedAt))
            .ToListAsync(cancellationToken);
        var links = await db.LinkTokens.AsNoTracking().Where(t => t.VisitorId == visitorId)
            .OrderBy(t => t.CreatedAt)
            .Select(t => new ExportedLink(t.Purpose.ToString(), t.Email, t.CreatedAt, t.ExpiresAt, t.UsedAt))
            .ToListAsync(cancellationToken);

        return new VisitorExport(now, FieldMeanings, visitor, identities,
            await ConversationsAsync(db, visitorId, cancellationToken), records, mails, links);
    }

    private static async Task<List<ExportedConversation>> ConversationsAsync(ChatDbContext db, Guid visitorId,
        CancellationToken cancellationToken)
    {
        var conversations = await db.Conversations.AsNoTracking().Where(c => c.VisitorId == visitorId)
            .OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);
        var result = new List<ExportedConversation>();
        foreach (var conversation in conversations)
        {
            var messages = await db.Messages.AsNoTracking().Where(m => m.ConversationId == conversation.Id)
                .OrderBy(m => m.Sequence)
                .Select(m => new ExportedMessage(m.Sequence, m.Sender == SenderKind.Agent ? "agent" : "visitor",
                    m.AgentName, m.Text,
                    m.SentAt))
                .ToListAsync(cancellationToken);
            var notes = await db.ConversationNotes.AsNoTracking().Where(n => n.ConversationId == conversation.Id)
                .OrderBy(n => n.CreatedAt)
                .Select(n => new ExportedNote(
                    db.Users.Where(u => u.Id == n.AgentId).Select(u => u.DisplayName).FirstOrDefault(), n.Text,
                    n.CreatedAt))
                .ToListAsync(cancellationToken);
            result.Add(new ExportedConversation(conversation.Id, conversation.CreatedAt,
                conversation.Status.ToString(), conversation.VisitorReadThrough, conversation.AgentReadThrough,
                messages, notes));
        }

        return result;
    }
}

public sealed record ExportedVisitor(Guid Id, Guid SiteId, string SiteName, string Language,
    DateTimeOffset CreatedAt, DateTimeOffset? LastSeenAt, string? PrivacyModeReason, string? CurrentPageUrl,
    string? Referrer, string? UserAgent, string? IpAddress, string? Email, DateTimeOffset? EmailConfirmedAt,
    string? PendingEmail, DateTimeOffset? DigestOptOutAt);

public sealed record ExportedMail(string Kind, string Recipient, DateTimeOffset QueuedAt, DateTimeOffset? SentAt,
    DateTimeOffset? FailedAt);

public sealed record ExportedLink(string Purpose, string? Email, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt,
    DateTimeOffset? UsedAt);

public sealed record ExportedIdentity(DateTimeOffset IssuedAt, DateTimeOffset? RevokedAt);

public sealed record ExportedConversation(Guid Id, DateTimeOffset CreatedAt, string Status,
    long VisitorReadThrough, long AgentReadThrough, IReadOnlyList<ExportedMessage> Messages,
    IReadOnlyList<ExportedNote> Notes);

/// <summary>An internal note of the support team; a data subject's export includes them (GDPR Art. 15).</summary>
public sealed record ExportedNote(string? AgentName, string Text, DateTimeOffset CreatedAt);

public sealed record ExportedMessage(
    long Sequence, string Sender, string? AgentName, string Text, DateTimeOffset SentAt);

public sealed record ExportedConsentRecord(Guid Id, DateTimeOffset RecordedAt, string Action, string Source,
    string Scope, string? NoticeVersion, string? Language, string? PlatformConsentId, string? EvidenceDigest,
    bool GlobalPrivacyControl, Guid? RevokesRecordId);
