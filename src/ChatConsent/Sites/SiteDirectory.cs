using ChatConsent.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatConsent.Sites;

/// <summary>
/// Finds sites by their public key. Reads the database once per request scope — CORS, the origin
/// check, the consent gate and the endpoint all ask for the same site — so changes apply from the
/// next request on.
/// </summary>
public sealed class SiteDirectory(ChatDbContext db)
{
    private const int MaxKeyLength = 64;

    private readonly Dictionary<string, Site?> _byKey = new(StringComparer.Ordinal);

    public async Task<Site?> FindByKeyAsync(string? key, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(key) || key.Length > MaxKeyLength)
        {
            return null;
        }

        if (!_byKey.TryGetValue(key, out var site))
        {
            site = await db.Sites.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
            _byKey[key] = site;
        }

        return site;
    }

    public Task<Site?> FindByIdAsync(Guid id, CancellationToken cancellationToken) =>
        db.Sites.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    /// <summary>The site a visitor request names: the <c>siteKey</c> route value or the <c>site</c> query.</summary>
    public static string? KeyOf(HttpContext context) =>
        context.GetRouteValue("siteKey") as string ?? context.Request.Query["site"].FirstOrDefault();
}
