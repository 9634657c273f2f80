using ChatConsent.Data;
using ChatConsent.Visitors;
using Microsoft.EntityFrameworkCore;

namespace ChatConsent.Returning;

/// <summary>
/// Issues and redeems e-mail link tokens: 256 random bits (like identity tokens), only their
/// SHA-256 stored. Redeeming is one conditional update, so two presses of the same link — or two
/// browsers racing — cannot both succeed.
/// </summary>
public sealed class LinkTokenStore(ChatDbContext db, TimeProvider clock)
{
    /// <summary>Adds a token to the context; the caller saves. Returns the token, shown once.</summary>
    public string Issue(Guid siteId, Guid visitorId, LinkPurpose purpose, string? email, int lifetimeMinutes)
    {
        var now = clock.GetUtcNow();
        var token = VisitorTokens.Create();
        db.LinkTokens.Add(new LinkToken
        {
            Id = Guid.CreateVersion7(now),
            TokenHash = VisitorTokens.TryHash(token)!,
            Purpose = purpose,
            SiteId = siteId,
            VisitorId = visitorId,
            Email = email,
            CreatedAt = now,
            ExpiresAt = now.AddMinutes(lifetimeMinutes),
        });
        return token;
    }

    /// <summary>The token of this site whatever its state, or null: reading it changes nothing.</summary>
    public async Task<LinkToken?> FindAsync(Guid siteId, string? token, CancellationToken cancellationToken)
    {
        var hash = VisitorTokens.TryHash(token);
        return hash is null
            ? null
            : await db.LinkTokens.AsNoTracking()
                .FirstOrDefaultAsync(t => t.TokenHash == hash && t.SiteId == siteId, cancellationToken);
    }

    public bool IsRedeemable(LinkToken token) => token.UsedAt is null && token.ExpiresAt > clock.GetUtcNow();

    /// <returns>True for exactly one caller: the one whose update marked the unused, unexpired token used.</returns>
    public async Task<bool> RedeemAsync(LinkToken token, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var redeemed = await db.LinkTokens
            .Where(t => t.Id == token.Id && t.UsedAt == null && t.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.UsedAt, now), cancellationToken);
        return redeemed == 1;
    }
}
