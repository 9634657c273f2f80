using System.Security.Cryptography;
using System.Text;
using ChatConsent.Data;
using ChatConsent.Sites;
using ChatConsent.Visitors;

namespace ChatConsent.Consent;

/// <summary>An identity issued under a fresh consent; the token is shown once and never stored.</summary>
public sealed record IssuedIdentity(Guid VisitorId, string Token, ConsentRecord Record);

/// <summary>What a grant or refusal rests on, as it goes into the consent record.</summary>
public sealed record ConsentBasis(
    string Source,
    string Scope,
    string Language,
    string? NoticeVersion,
    string? PlatformConsentId,
    string? EvidenceDigest,
    bool GlobalPrivacyControl)
{
    /// <summary>The evidence of a notice grant is the exact text the visitor was shown.</summary>
    public static ConsentBasis Notice(ConsentNotice notice, bool gpc) => new(NoticeConsentSource.Name, "chat",
        notice.Language, notice.Version, null,
        Digest(string.Join('\n', [notice.Language, notice.Title, .. notice.Paragraphs, notice.AcceptLabel])), gpc);

    public static ConsentBasis Platform(ConsentEvidence evidence, string language, string? optInVersion, bool gpc) =>
        new(evidence.Source, string.Join(',', evidence.Scopes), language, optInVersion, evidence.PlatformConsentId,
            evidence.Digest, gpc);

    private static string Digest(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

/// <summary>
/// Records grants and refusals, and issues the identity a grant allows. A visitor who already
/// holds an identity keeps their visitor id (and so their conversations); the old token is
/// revoked so that only one identity per consent stays valid.
/// </summary>
public sealed partial class ConsentRecorder(ChatDbContext db, TimeProvider clock, ILogger<ConsentRecorder> logger)
{
    public async Task<IssuedIdentity> GrantAsync(
        Site site, ConsentBasis basis, VisitorSession? existing, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var visitorId = existing?.VisitorId ?? CreateVisitor(site, basis, now);
        var record = Record(site, visitorId, ConsentAction.Granted, basis, now);

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
        LogGranted(logger, site.Id, record.Id, basis.Source);
        return new IssuedIdentity(visitorId, token, record);
    }

    /// <summary>A refusal creates no visitor and no identity; the record alone proves it was asked.</summary>
    public async Task<ConsentRecord> RefuseAsync(Site site, ConsentBasis basis, CancellationToken cancellationToken)
    {
        var record = Record(site, null, ConsentAction.Refused, basis, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        LogRefused(logger, site.Id, record.Id, basis.Source);
        return record;
    }

    private ConsentRecord Record(Site site, Guid? visitorId, ConsentAction action, ConsentBasis basis,
        DateTimeOffset now)
    {
        var record = new ConsentRecord
        {
            Id = Guid.CreateVersion7(now),
            SiteId = site.Id,
            VisitorId = visitorId,
            RecordedAt = now,
            Action = action,
            Source = basis.Source,
            Scope = basis.Scope,
            NoticeVersion = basis.NoticeVersion,
            Language = basis.Language,
            PlatformConsentId = basis.PlatformConsentId,
            EvidenceDigest = basis.EvidenceDigest,
            GlobalPrivacyControl = basis.GlobalPrivacyControl,
        };
        db.ConsentRecords.Add(record);
        return record;
    }

    private Guid CreateVisitor(Site site, ConsentBasis basis, DateTimeOffset now)
    {
        var visitor = new Visitor
        {
            Id = Guid.CreateVersion7(now),
            SiteId = site.Id,
            Language = basis.Language,
            CreatedAt = now,
            PrivacyModeReason = basis.GlobalPrivacyControl
                && site.Consent.GpcPolicy == ChatConsent.Consent.GpcPolicy.PrivacyMode
                ? "gpc"
                : null,
        };
        db.Visitors.Add(visitor);
        return visitor.Id;
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

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information,
        Message = "Recorded consent {ConsentRecordId} for site {SiteId} from {Source}")]
    private static partial void LogGranted(ILogger logger, Guid siteId, Guid consentRecordId, string source);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Information,
        Message = "Recorded refusal {ConsentRecordId} for site {SiteId} from {Source}")]
    private static partial void LogRefused(ILogger logger, Guid siteId, Guid consentRecordId, string source);
}
