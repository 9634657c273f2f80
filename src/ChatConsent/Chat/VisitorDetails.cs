using ChatConsent.Data;
using ChatConsent.Visitors;
using Microsoft.EntityFrameworkCore;

namespace ChatConsent.Chat;

/// <summary>The consent a visitor's current identity rests on.</summary>
public sealed record ConsentSummary(string Action, string Source, string Scope, DateTimeOffset RecordedAt);

/// <summary>
/// The visitor panel in the console. <c>PrivacyMode</c> is <c>site</c> when the site's privacy mode
/// is on, <c>gpc</c> when the browser sent Global Privacy Control, null otherwise; while it is set,
/// the page, referrer and browser are always null because they were never collected.
/// </summary>
public sealed record VisitorDetails(
    Guid VisitorId,
    string Language,
    string? PrivacyMode,
    string? CurrentPageUrl,
    string? Referrer,
    string? Browser,
    ConsentSummary? Consent);

public sealed class VisitorDetailsQuery(ChatDbContext db)
{
    public async Task<VisitorDetails?> ForConversationAsync(Guid conversationId, CancellationToken cancellationToken)
    {
        var row = await db.Conversations.AsNoTracking().Where(c => c.Id == conversationId)
            .Join(db.Visitors, c => c.VisitorId, v => v.Id, (c, v) => v)
            .Join(db.Sites, v => v.SiteId, s => s.Id, (v, s) => new { Visitor = v, s.PrivacyMode })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var visitor = row.Visitor;
        var privacy = row.PrivacyMode ? "site" : visitor.PrivacyModeReason;
        return new VisitorDetails(visitor.Id, visitor.Language, privacy,
            privacy is null ? visitor.CurrentPageUrl : null,
            privacy is null ? visitor.Referrer : null,
            privacy is null ? visitor.UserAgent : null,
            await ConsentAsync(visitor, cancellationToken));
    }

    private Task<ConsentSummary?> ConsentAsync(Visitor visitor, CancellationToken cancellationToken) =>
        db.VisitorIdentities.AsNoTracking()
            .Where(i => i.VisitorId == visitor.Id)
            .OrderByDescending(i => i.IssuedAt)
            .Join(db.ConsentRecords, i => i.ConsentRecordId, r => r.Id,
                (i, r) => new ConsentSummary(r.Action.ToString(), r.Source, r.Scope, r.RecordedAt))
            .FirstOrDefaultAsync(cancellationToken);
}
