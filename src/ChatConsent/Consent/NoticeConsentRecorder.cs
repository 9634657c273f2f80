using System.Security.Cryptography;
using System.Text;
using ChatConsent.Data;
using ChatConsent.Sites;
using ChatConsent.Visitors;

namespace ChatConsent.Consent;

/// <summary>An identity issued under a fresh consent; the token is shown once and never stored.</summary>
public sealed record IssuedIdentity(Guid VisitorId, string Token, ConsentRecord Record);

/// <summary>
/// Records a grant given in the chat's own notice and issues the identity that rests on it.
/// A visitor who already holds an identity keeps their visitor id (and so their conversations);
/// the old token is revoked so that only one identity per consent stays valid.
/// </summary>
public sealed partial class NoticeConsentRecorder(
    ChatDbContext db, TimeProvider clock, ILogger<NoticeConsentRecorder> logger)
{
    public async Task<IssuedIdentity> GrantAsync(
        Site site, ConsentNotice notice, VisitorSession? existing, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var visitorId = existing?.VisitorId ?? await CreateVisitorAsync(site, notice.Language, now);
        var record = new ConsentRecord
        {
            Id = Guid.CreateVersion7(now),
            SiteId = site.Id,
            VisitorId = visitorId,
            RecordedAt = now,
            Action = ConsentAction.Granted,
            Source = NoticeConsentSource.Name,
            Scope = "chat",
            NoticeVersion = notice.Version,
            Language = notice.Language,
            EvidenceDigest = DigestOf(notice),
        };
        db.ConsentRecords.Add(record);

        await RevokeAsync(existing, now, cancellationToken);
        var token = VisitorTokens.Create();
        db.VisitorIdentities.Add(new VisitorIdentity
        {
            Id = Guid.CreateVersion7(now),
            VisitorId = visitorId,
            TokenHash = VisitorTokens.TryHash(token)!,
            ConsentRecordId = record.Id,
            IssuedAt = now,
        });

        await db.SaveChangesAsync(cancellationToken);
        LogGranted(logger, site.Id, record.Id, notice.Version);
        return new IssuedIdentity(visitorId, token, record);
    }

    private Task<Guid> CreateVisitorAsync(Site site, string language, DateTimeOffset now)
    {
        var visitor = new Visitor { Id = Guid.CreateVersion7(now), SiteId = site.Id, Language = language, CreatedAt = now };
        db.Visitors.Add(visitor);
        return Task.FromResult(visitor.Id);
    }

    private async Task RevokeAsync(VisitorSession? existing, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (existing is null)
        {
            return;
        }

        var identity = await db.VisitorIdentities.FindAsync([existing.IdentityId], cancellationToken);
        identity?.RevokedAt = now;
    }

    // The evidence of a notice grant is the exact text the visitor was shown.
    private static string DigestOf(ConsentNotice notice)
    {
        var shown = string.Join('\n', [notice.Language, notice.Title, .. notice.Paragraphs, notice.AcceptLabel]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(shown)));
    }

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information,
        Message = "Recorded notice consent {ConsentRecordId} for site {SiteId}, notice version {NoticeVersion}")]
    private static partial void LogGranted(ILogger logger, Guid siteId, Guid consentRecordId, string noticeVersion);
}
