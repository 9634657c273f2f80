using ChatConsent.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatConsent.Admin;

public sealed class AuditLog(ChatDbContext db)
{
    /// <summary>The newest entries first.</summary>
    public Task<List<AuditEntry>> ListAsync(int take, CancellationToken cancellationToken) =>
        db.AuditEntries.AsNoTracking().OrderByDescending(e => e.At).Take(take).ToListAsync(cancellationToken);
}
