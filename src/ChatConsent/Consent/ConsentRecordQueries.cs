using Microsoft.EntityFrameworkCore;

namespace ChatConsent.Consent;

internal static class ConsentRecordQueries
{
    /// <summary>Where the consent an identity rests on came from: <c>notice</c> or a platform's name.</summary>
    public static Task<string?> SourceOfAsync(this IQueryable<ConsentRecord> records, Guid recordId,
        CancellationToken cancellationToken) =>
        records.AsNoTracking()
            .Where(r => r.Id == recordId)
            .Select(r => r.Source)
            .FirstOrDefaultAsync(cancellationToken);
}
