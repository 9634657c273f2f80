using ChatConsent.Data;
using ChatConsent.Visitors;
using Microsoft.EntityFrameworkCore;

namespace ChatConsent.Consent;

/// <summary>
/// Ends consent for one identity: records the withdrawal, revokes the token and closes its
/// connections. Withdrawing must be as easy as giving (GDPR Art. 7(3)), and takes effect at once.
/// </summary>
public sealed partial class ConsentWithdrawal(
    ChatDbContext db, VisitorConnections connections, TimeProvider clock, ILogger<ConsentWithdrawal> logger)
{
    /// <returns>False when the identity was unknown or already revoked.</returns>
    public async Task<bool> WithdrawAsync(Guid identityId, string source, ConsentEvidence? evidence,
        bool globalPrivacyControl, CancellationToken cancellationToken)
    {
        var identity = await db.VisitorIdentities.Include(i => i.Visitor)
            .FirstOrDefaultAsync(i => i.Id == identityId && i.RevokedAt == null, cancellationToken);
        if (identity is null)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        identity.RevokedAt = now;
        var record = new ConsentRecord
        {
            Id = Guid.CreateVersion7(now),
            SiteId = identity.Visitor.SiteId,
            VisitorId = identity.VisitorId,
            RecordedAt = now,
            Action = ConsentAction.Withdrawn,
            Source = source,
            Scope = "chat",
            PlatformConsentId = evidence?.PlatformConsentId,
            EvidenceDigest = evidence?.Digest,
            RevokesRecordId = identity.ConsentRecordId,
            GlobalPrivacyControl = globalPrivacyControl,
        };
        db.ConsentRecords.Add(record);
        await db.SaveChangesAsync(cancellationToken);

        await connections.CloseAsync(identityId);
        LogWithdrawn(logger, record.SiteId, record.Id, source);
        return true;
    }

    /// <summary>
    /// The platform now says no: if the visitor's identity rests on that platform's grant, the
    /// grant is withdrawn. A platform cookie that merely vanished is undecided and ends nothing.
    /// </summary>
    public async Task EndPlatformGrantAsync(VisitorSession session, ConsentDecision denial,
        bool globalPrivacyControl, CancellationToken cancellationToken)
    {
        var basis = await db.ConsentRecords.SourceOfAsync(session.ConsentRecordId, cancellationToken);
        if (denial.Evidence is { } evidence && basis == evidence.Source)
        {
            await WithdrawAsync(session.IdentityId, evidence.Source, evidence, globalPrivacyControl, cancellationToken);
        }
    }

    [LoggerMessage(EventId = 1105, Level = LogLevel.Information,
        Message = "Recorded withdrawal {ConsentRecordId} for site {SiteId} from {Source}; the identity is revoked")]
    private static partial void LogWithdrawn(ILogger logger, Guid siteId, Guid consentRecordId, string source);
}
