using ChatConsent.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatConsent.Sites;

/// <summary>Finds sites by their public key. Reads the database each time, so changes apply at once.</summary>
public sealed class SiteDirectory(ChatDbContext db)
{
    private const int MaxKeyLength = 64;

    public async Task<Site?> FindByKeyAsync(string? key, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(key) || key.Length > MaxKeyLength)
        {
            return null;
        }

        return await db.Sites.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
    }

    public Task<Site?> FindByIdAsync(Guid id, CancellationToken cancellationToken) =>
        db.Sites.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    /// <summary>The site a visitor request names: the <c>siteKey</c> route value or the <c>site</c> query.</summary>
    public static string? KeyOf(HttpContext context) =>
        context.GetRouteValue("siteKey") as string ?? context.Request.Query["site"].FirstOrDefault();
}
