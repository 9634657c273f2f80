using ChatConsent.Data;
using ChatConsent.Mail;
using ChatConsent.Sites;
using ChatConsent.Visitors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatConsent.Returning;

/// <summary>What the visitor's widget may know of their own address.</summary>
/// <param name="Email">The confirmed address, or null.</param>
/// <param name="PendingEmail">An address waiting for its confirmation link, or null.</param>
/// <param name="Digest">Whether agents' replies reach the confirmed address while the visitor is away.</param>
public sealed record EmailStatus(string? Email, string? PendingEmail, bool Digest);

/// <summary>
/// The visitor's e-mail address: left in the widget, confirmed by a link, asked for sign-in links.
/// Nothing here tells a caller whether an address is known; the endpoints answer alike either way.
/// </summary>
public sealed partial class VisitorAddresses(
    ChatDbContext db, SiteDirectory sites, LinkTokenStore tokens, ContinueLinks links, MailOutbox outbox,
    IOptions<MailOptions> mail, TimeProvider clock, ILogger<VisitorAddresses> logger)
{
    public async Task<EmailStatus> StatusAsync(VisitorSession session, CancellationToken cancellationToken)
    {
        var visitor = await db.Visitors.AsNoTracking().FirstAsync(v => v.Id == session.VisitorId, cancellationToken);
        return new EmailStatus(visitor.Email, visitor.PendingEmail, visitor.Email is not null
            && visitor.DigestOptOutAt is null);
    }

    /// <summary>Keeps the address as pending and mails it a confirmation link.</summary>
    public async Task LeaveAsync(VisitorSession session, string email, CancellationToken cancellationToken)
    {
        var visitor = await db.Visitors.FirstAsync(v => v.Id == session.VisitorId, cancellationToken);
        var site = await SiteAsync(session.SiteId, cancellationToken);
        if (visitor.Email == email)
        {
            // Confirmed already; leaving it again only turns the digest back on.
            visitor.DigestOptOutAt = null;
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        visitor.PendingEmail = email;
        var token = tokens.Issue(site.Id, visitor.Id, LinkPurpose.Confirm, email, site.LinkLifetimeMinutes);
        var content = MailTexts.Confirm(site, visitor.Language, SenderName(site), links.WithToken(site, token),
            site.LinkLifetimeMinutes);
        outbox.Add(site.Id, visitor.Id, MailKind.Confirm, email, content);
        await db.SaveChangesAsync(cancellationToken);
        outbox.Wake();
        LogAddressLeft(logger, site.Id, visitor.Id);
    }

    /// <summary>Forgets both addresses and every link not used yet.</summary>
    public async Task ForgetAsync(VisitorSession session, CancellationToken cancellationToken)
    {
        await db.Visitors.Where(v => v.Id == session.VisitorId).ExecuteUpdateAsync(set => set
            .SetProperty(v => v.Email, (string?)null)
            .SetProperty(v => v.EmailConfirmedAt, (DateTimeOffset?)null)
            .SetProperty(v => v.PendingEmail, (string?)null), cancellationToken);
        await db.LinkTokens.Where(t => t.VisitorId == session.VisitorId && t.UsedAt == null)
            .ExecuteDeleteAsync(cancellationToken);
        await db.OutboxMails.Where(m => m.VisitorId == session.VisitorId && m.SentAt == null)
            .ExecuteDeleteAsync(cancellationToken);
        LogAddressForgotten(logger, session.SiteId, session.VisitorId);
    }

    /// <summary>
    /// Mails a sign-in link to the visitor whose confirmed address this is, or, given an earlier
    /// link of theirs (used or expired), to that link's visitor. Unknown: nothing happens at all.
    /// </summary>
    public async Task RequestSignInAsync(Site site, string? email, string? previousToken,
        CancellationToken cancellationToken)
    {
        var visitor = await FindVisitorAsync(site, email, previousToken, cancellationToken);
        if (visitor?.Email is not { } address)
        {
            return;
        }

        var token = tokens.Issue(site.Id, visitor.Id, LinkPurpose.SignIn, null, site.LinkLifetimeMinutes);
        var content = MailTexts.SignIn(site, visitor.Language, SenderName(site), links.WithToken(site, token),
            site.LinkLifetimeMinutes);
        outbox.Add(site.Id, visitor.Id, MailKind.SignIn, address, content);
        await db.SaveChangesAsync(cancellationToken);
        outbox.Wake();
        LogSignInQueued(logger, site.Id, visitor.Id);
    }

    /// <summary>
    /// After a confirmation link was redeemed: the address is the visitor's. When another visitor
    /// of the site holds it already, that is the same person on another browser: the link signs
    /// in as them, and this browser's conversations join theirs, so one thread stays one thread.
    /// </summary>
    /// <returns>The visitor the link signs in as.</returns>
    public async Task<Guid> ConfirmAsync(LinkToken token, CancellationToken cancellationToken)
    {
        var email = token.Email!;
        var owner = await db.Visitors.AsNoTracking()
            .Where(v => v.SiteId == token.SiteId && v.Email == email && v.Id != token.VisitorId)
            .OrderBy(v => v.EmailConfirmedAt).Select(v => (Guid?)v.Id).FirstOrDefaultAsync(cancellationToken);
        var visitor = await db.Visitors.FirstAsync(v => v.Id == token.VisitorId, cancellationToken);
        if (visitor.PendingEmail == email)
        {
            visitor.PendingEmail = null;
        }

        if (owner is { } existing)
        {
            await db.Conversations.Where(c => c.VisitorId == visitor.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.VisitorId, existing), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            LogJoined(logger, token.SiteId, visitor.Id, existing);
            return existing;
        }

        visitor.Email = email;
        visitor.EmailConfirmedAt = clock.GetUtcNow();
        visitor.DigestOptOutAt = null;
        await db.SaveChangesAsync(cancellationToken);
        LogConfirmed(logger, token.SiteId, visitor.Id);
        return visitor.Id;
    }

    /// <summary>The one-click opt-out of digest mails.</summary>
    public async Task<bool> OptOutAsync(Guid visitorId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var changed = await db.Visitors.Where(v => v.Id == visitorId && v.DigestOptOutAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(v => v.DigestOptOutAt, now), cancellationToken);
        if (changed == 1)
        {
            LogOptedOut(logger, visitorId);
        }

        return await db.Visitors.AnyAsync(v => v.Id == visitorId, cancellationToken);
    }

    /// <summary>The mail's sender: the configured name with the site's, so every mail names the site.</summary>
    public string SenderName(Site site) => $"{site.Name} · {mail.Value.FromName}";

    private async Task<Visitors.Visitor?> FindVisitorAsync(Site site, string? email, string? previousToken,
        CancellationToken cancellationToken)
    {
        if (email is not null)
        {
            return await db.Visitors.AsNoTracking().Where(v => v.SiteId == site.Id && v.Email == email)
                .OrderByDescending(v => v.EmailConfirmedAt).FirstOrDefaultAsync(cancellationToken);
        }

        var previous = await tokens.FindAsync(site.Id, previousToken, cancellationToken);
        return previous is null
            ? null
            : await db.Visitors.AsNoTracking().FirstOrDefaultAsync(v => v.Id == previous.VisitorId, cancellationToken);
    }

    private async Task<Site> SiteAsync(Guid siteId, CancellationToken cancellationToken) =>
        await sites.FindByIdAsync(siteId, cancellationToken)
            ?? throw new InvalidOperationException("The visitor's site is gone.");

    [LoggerMessage(EventId = 1711, Level = LogLevel.Information,
        Message = "Visitor {VisitorId} of site {SiteId} left an e-mail address; a confirmation link is queued")]
    private static partial void LogAddressLeft(ILogger logger, Guid siteId, Guid visitorId);

    [LoggerMessage(EventId = 1712, Level = LogLevel.Information,
        Message = "Visitor {VisitorId} of site {SiteId} removed their e-mail address")]
    private static partial void LogAddressForgotten(ILogger logger, Guid siteId, Guid visitorId);

    [LoggerMessage(EventId = 1713, Level = LogLevel.Information,
        Message = "A sign-in link for visitor {VisitorId} of site {SiteId} is queued")]
    private static partial void LogSignInQueued(ILogger logger, Guid siteId, Guid visitorId);

    [LoggerMessage(EventId = 1714, Level = LogLevel.Information,
        Message = "Visitor {VisitorId} of site {SiteId} confirmed their e-mail address")]
    private static partial void LogConfirmed(ILogger logger, Guid siteId, Guid visitorId);

    [LoggerMessage(EventId = 1715, Level = LogLevel.Information,
        Message = "Visitor {VisitorId} of site {SiteId} confirmed the address of visitor {OwnerId}; "
            + "their conversations moved there")]
    private static partial void LogJoined(ILogger logger, Guid siteId, Guid visitorId, Guid ownerId);

    [LoggerMessage(EventId = 1716, Level = LogLevel.Information,
        Message = "Visitor {VisitorId} turned digest mails off")]
    private static partial void LogOptedOut(ILogger logger, Guid visitorId);
}
