using ChatConsent.Chat;
using ChatConsent.Consent;
using ChatConsent.Data;
using ChatConsent.Mail;
using ChatConsent.Sites;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatConsent.Returning;

/// <summary>
/// Notes an agent's reply to a visitor who has no connection open, so that one digest per
/// conversation goes out after <see cref="MailOptions.DigestDelaySeconds"/> with every reply
/// that came meanwhile. Replies delivered live are never mailed.
/// </summary>
public sealed partial class DigestScheduler(ChatDbContext db, VisitorConnections connections, MailSignal signal,
    IOptions<MailOptions> options, TimeProvider clock, ILogger<DigestScheduler> logger)
{
    /// <summary>Never fails the reply: it is stored and delivered already; only its mail is at stake.</summary>
    public async Task AgentRepliedAsync(Guid conversationId, Guid visitorId, long sequence,
        CancellationToken cancellationToken)
    {
        try
        {
            await ScheduleAsync(conversationId, visitorId, sequence, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, conversationId, e);
        }
    }

    private async Task ScheduleAsync(Guid conversationId, Guid visitorId, long sequence,
        CancellationToken cancellationToken)
    {
        if (connections.HasVisitor(visitorId))
        {
            return;
        }

        var reachable = await db.Visitors.AnyAsync(
            v => v.Id == visitorId && v.Email != null && v.DigestOptOutAt == null, cancellationToken);
        if (!reachable)
        {
            return;
        }

        var digest = await db.ConversationDigests.FirstOrDefaultAsync(d => d.ConversationId == conversationId,
            cancellationToken);
        if (digest is null)
        {
            digest = new ConversationDigest { ConversationId = conversationId };
            db.ConversationDigests.Add(digest);
        }

        // The first waiting reply sets the time; later ones join it rather than postpone it.
        if (digest.DueAt is null)
        {
            digest.FromSequence = sequence;
            digest.DueAt = clock.GetUtcNow().AddSeconds(options.Value.DigestDelaySeconds);
        }

        await db.SaveChangesAsync(cancellationToken);
        signal.Wake();
    }

    [LoggerMessage(EventId = 1722, Level = LogLevel.Warning,
        Message = "The reply in conversation {ConversationId} could not be scheduled for a digest")]
    private static partial void LogFailed(ILogger logger, Guid conversationId, Exception exception);
}

/// <summary>
/// Writes the digests that are due into the outbox. The link in a digest is an ordinary sign-in
/// link with the site's link lifetime; once it has expired, the widget offers to mail a fresh one.
/// </summary>
public sealed partial class DigestMailer(
    ChatDbContext db, SiteDirectory sites, VisitorConnections connections, LinkTokenStore tokens,
    ContinueLinks links, MailOutbox outbox, VisitorAddresses addresses, IDataProtectionProvider protection,
    TimeProvider clock, ILogger<DigestMailer> logger)
{
    private const int MaxReplies = 20;

    public async Task RunDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.ConversationDigests.Where(d => d.DueAt != null && d.DueAt <= now)
            .OrderBy(d => d.DueAt).Take(50).ToListAsync(cancellationToken);
        foreach (var digest in due)
        {
            await MailAsync(digest, cancellationToken);
            digest.DueAt = null;
            await db.SaveChangesAsync(cancellationToken);
        }

        if (due.Count > 0)
        {
            outbox.Wake();
        }
    }

    private async Task MailAsync(ConversationDigest digest, CancellationToken cancellationToken)
    {
        var conversation = await db.Conversations.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == digest.ConversationId, cancellationToken);
        var visitor = conversation is null
            ? null
            : await db.Visitors.AsNoTracking().FirstOrDefaultAsync(v => v.Id == conversation.VisitorId,
                cancellationToken);

        // Back in the meantime: the widget fetched the replies when it connected.
        if (visitor?.Email is not { } address || visitor.DigestOptOutAt is not null
            || connections.HasVisitor(visitor.Id))
        {
            digest.MailedThroughSequence = Math.Max(digest.MailedThroughSequence, conversation?.LastSequence ?? 0);
            return;
        }

        var from = Math.Max(digest.FromSequence, digest.MailedThroughSequence + 1);
        var replies = await db.Messages.AsNoTracking()
            .Where(m => m.ConversationId == conversation!.Id && m.Sequence >= from && m.Sender == SenderKind.Agent)
            .OrderBy(m => m.Sequence).Take(MaxReplies)
            .Select(m => new
            {
                m.Sequence,
                m.Text,
                m.SentAt,
                Name = db.Users.Where(u => u.Id == m.AgentId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var site = await sites.FindByIdAsync(visitor.SiteId, cancellationToken);
        if (replies.Count == 0 || site is null)
        {
            return;
        }

        var token = tokens.Issue(site.Id, visitor.Id, LinkPurpose.SignIn, null, site.LinkLifetimeMinutes);
        var content = MailTexts.Digest(site, visitor.Language, addresses.SenderName(site),
            links.WithToken(site, token), site.LinkLifetimeMinutes,
            [.. replies.Select(r => new DigestReply(r.Name ?? site.Name, r.Text, r.SentAt))],
            links.Unsubscribe(UnsubscribeTokens.Create(protection, visitor.Id)));
        outbox.Add(site.Id, visitor.Id, MailKind.Digest, address, content);
        digest.MailedThroughSequence = replies[^1].Sequence;
        LogQueued(logger, conversation!.Id, site.Id, replies.Count);
    }

    [LoggerMessage(EventId = 1721, Level = LogLevel.Information,
        Message = "A digest of {Replies} replies in conversation {ConversationId} of site {SiteId} is queued")]
    private static partial void LogQueued(ILogger logger, Guid conversationId, Guid siteId, int replies);
}

/// <summary>
/// The secret in a digest's opt-out link: the visitor id, protected with Data Protection. It
/// expires never, because an opt-out link must work as long as the mail is kept.
/// </summary>
public static class UnsubscribeTokens
{
    private const string Purpose = "ChatConsent.Mail.Unsubscribe";

    public static string Create(IDataProtectionProvider protection, Guid visitorId) =>
        protection.CreateProtector(Purpose).Protect(visitorId.ToString("N"));

    public static Guid? Read(IDataProtectionProvider protection, string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1024)
        {
            return null;
        }

        try
        {
            return Guid.TryParse(protection.CreateProtector(Purpose).Unprotect(token), out var id) ? id : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
