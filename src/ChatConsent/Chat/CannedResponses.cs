using System.Text.RegularExpressions;
using ChatConsent.Admin;
using ChatConsent.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatConsent.Chat;

/// <summary>What a saved reply's key and text must be.</summary>
public static partial class CannedResponseRules
{
    public const int MaxKeyLength = 32;

    /// <summary>The problem with a key, or null when it is acceptable.</summary>
    public static string? CheckKey(string? key) =>
        key is not null && KeyPattern().IsMatch(key)
            ? null
            : $"Use 1 to {MaxKeyLength} lower-case letters, digits, - or _.";

    public static string? CheckText(string? text) =>
        MessageRules.Check("saved-reply", text) is null
            ? null
            : $"Write 1 to {MessageRules.MaxLength} characters.";

    [GeneratedRegex("^[a-z0-9_-]{1,32}$")]
    private static partial Regex KeyPattern();
}

/// <summary>A site's saved replies: read by every agent, kept by admins, every change audited.</summary>
public sealed class CannedResponses(ChatDbContext db, TimeProvider clock)
{
    public Task<List<CannedResponseView>> ForSiteAsync(Guid siteId, CancellationToken cancellationToken) =>
        db.CannedResponses.AsNoTracking().Where(c => c.SiteId == siteId).OrderBy(c => c.Key)
            .Select(c => new CannedResponseView(c.Id, c.Key, c.Text)).ToListAsync(cancellationToken);

    /// <summary>Adds a saved reply, or replaces the text of the one with the same key.</summary>
    /// <returns>False when another saved reply of the site has the key under another id.</returns>
    public async Task<bool> SaveAsync(Guid siteId, Guid? id, string key, string text, Actor actor,
        CancellationToken cancellationToken)
    {
        var clash = await db.CannedResponses.AnyAsync(
            c => c.SiteId == siteId && c.Key == key && c.Id != id, cancellationToken);
        if (clash)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var existing = id is null ? null
            : await db.CannedResponses.FirstOrDefaultAsync(c => c.Id == id && c.SiteId == siteId, cancellationToken);
        var old = existing is null ? null : $"/{existing.Key}: {existing.Text}";
        if (existing is null)
        {
            existing = new CannedResponse { Id = Guid.CreateVersion7(now), SiteId = siteId, Key = key, Text = text };
            db.CannedResponses.Add(existing);
        }

        existing.Key = key;
        existing.Text = text;
        existing.UpdatedAt = now;
        Audit(actor, siteId, "canned_response_saved", key, old, $"/{key}: {text}");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task DeleteAsync(Guid siteId, Guid id, Actor actor, CancellationToken cancellationToken)
    {
        var existing = await db.CannedResponses.FirstOrDefaultAsync(c => c.Id == id && c.SiteId == siteId,
            cancellationToken);
        if (existing is null)
        {
            return;
        }

        db.CannedResponses.Remove(existing);
        Audit(actor, siteId, "canned_response_deleted", existing.Key, $"/{existing.Key}: {existing.Text}", null);
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Audit(Actor actor, Guid siteId, string action, string key, string? oldValue, string? newValue) =>
        db.AuditEntries.Add(AuditEntry.Of(clock.GetUtcNow(), actor, siteId, action, $"canned_response:{key}",
            oldValue, newValue));
}
