using ChatConsent.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatConsent.Consent;

/// <summary>
/// Consent given in the chat's own notice: valid while the record behind the visitor's identity
/// is a grant of the notice version that is shown today.
/// </summary>
internal sealed class NoticeConsentSource(ChatDbContext db) : IConsentSource
{
    public const string Name = "notice";

    public async Task<ConsentDecision> EvaluateAsync(ConsentRequest request, CancellationToken cancellationToken)
    {
        if (!request.Site.Consent.UsesNotice)
        {
            return IConsentSource.NotApplicable;
        }

        var record = await db.ConsentRecords.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == request.Session.ConsentRecordId, cancellationToken);

        if (record is not { Action: ConsentAction.Granted, Source: Name })
        {
            return ConsentDecision.Undecided("no notice consent behind this identity");
        }

        var current = ConsentNotices.Render(request.Site, record.Language ?? request.Site.DefaultLanguage);
        if (current.Version != record.NoticeVersion)
        {
            return ConsentDecision.Undecided("the notice text changed since consent was given");
        }

        var evidence = new ConsentEvidence(Name, [record.Scope], null, record.RecordedAt, record.EvidenceDigest ?? "");
        return ConsentDecision.Granted(evidence);
    }
}
