using ChatConsent.Consent;
using ChatConsent.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatConsent.Admin;

/// <summary>A visitor as an admin finds them.</summary>
public sealed record VisitorMatch(Guid VisitorId, Guid SiteId, string SiteName, DateTimeOffset CreatedAt,
    int Conversations, DateTimeOffset? LastMessageAt);

/// <summary>
/// The data subject's rights (GDPR Art. 15, 17, 20): find a visitor, export everything held about
/// them, erase it. Erasure keeps the consent records, because they prove consent was given
/// (Art. 7(1)), but cuts their link to the visitor.
/// </summary>
public sealed partial class VisitorDataRights(
    ChatDbContext db, VisitorConnections connections, TimeProvider clock, ILogger<VisitorDataRights> logger)
{
    /// <summary>Finds by visitor id or by the id of one of their conversations.</summary>
    public async Task<List<VisitorMatch>> FindAsync(string query, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(query.Trim(), out var id))
        {
            return [];
        }

        var visitorId = await db.Conversations.Where(c => c.Id == id).Select(c => (Guid?)c.VisitorId)
            .FirstOrDefaultAsync(cancellationToken) ?? id;
        return await db.Visitors.AsNoTracking()
            .Where(v => v.Id == visitorId)
            .Select(v => new VisitorMatch(v.Id, v.SiteId,
                db.Sites.Where(s => s.Id == v.SiteId).Select(s => s.Name).First(), v.CreatedAt,
                db.Conversations.Count(c => c.VisitorId == v.Id),
                db.Conversations.Where(c => c.VisitorId == v.Id).Max(c => (DateTimeOffset?)c.LastMessageAt)))
            .ToListAsync(cancellationToken);
    }

    public async Task<VisitorExport?> ExportAsync(Guid visitorId, Actor actor, CancellationToken cancellationToken)
    {
        var export = await VisitorExport.LoadAsync(db, visitorId, clock.GetUtcNow(), cancellationToken);
        if (export is not null)
        {
            Audit(actor, export.Visitor.SiteId, "visitor_exported", visitorId);
            await db.SaveChangesAsync(cancellationToken);
        }

        return export;
    }

    /// <returns>False when there is no such visitor.</returns>
    public async Task<bool> EraseAsync(Guid visitorId, Actor actor, CancellationToken cancellationToken)
    {
        var visitor = await db.Visitors.FirstOrDefaultAsync(v => v.Id == visitorId, cancellationToken);
        if (visitor is null)
        {
            return false;
        }

        var identities = await db.VisitorIdentities.Where(i => i.VisitorId == visitorId && i.RevokedAt == null)
            .Select(i => i.Id).ToListAsync(cancellationToken);

        // Consent records stay as proof; only their link to the visitor goes. This and the
        // retention job are the only writes to consent records, and both bypass the tracker.
        await db.ConsentRecords.Where(r => r.VisitorId == visitorId)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.VisitorId, (Guid?)null), cancellationToken);
        db.Visitors.Remove(visitor);
        Audit(actor, visitor.SiteId, "visitor_erased", visitorId);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var identity in identities)
        {
            await connections.CloseAsync(identity);
        }

        LogErased(logger, visitor.SiteId, visitorId);
        return true;
    }

    private void Audit(Actor actor, Guid siteId, string action, Guid visitorId)
    {
        db.AuditEntries.Add(AuditEntry.Of(clock.GetUtcNow(), actor, siteId, action, $"visitor:{visitorId}"));
    }

    [LoggerMessage(EventId = 1602, Level = LogLevel.Information,
        Message = "Erased visitor {VisitorId} of site {SiteId}")]
    private static partial void LogErased(ILogger logger, Guid siteId, Guid visitorId);
}
