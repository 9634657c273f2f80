using System.Text.Encodings.Web;
using ChatConsent.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ChatConsent.Visitors;

/// <summary>
/// Authenticates a visitor by the token the widget presents: the Authorization header for HTTP,
/// or the access_token query parameter, which is the only place a browser WebSocket can carry it.
/// </summary>
internal sealed class VisitorAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ChatDbContext db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Visitor";

    /// <summary>
    /// The caller's visitor session when its token is valid and belongs to <paramref name="siteId"/>.
    /// </summary>
    public static async Task<(VisitorSession Session, System.Security.Claims.ClaimsPrincipal Principal)?>
        SessionForSiteAsync(HttpContext context, Guid siteId)
    {
        var result = await context.AuthenticateAsync(SchemeName);
        var session = VisitorSession.FromPrincipal(result.Principal);
        return session?.SiteId == siteId ? (session, result.Principal!) : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var hash = VisitorTokens.TryHash(ReadToken());
        if (hash is null)
        {
            return AuthenticateResult.NoResult();
        }

        var session = await db.VisitorIdentities.AsNoTracking()
            .Where(i => i.TokenHash == hash && i.RevokedAt == null)
            .Select(i => new VisitorSession(i.VisitorId, i.Visitor.SiteId, i.Id, i.ConsentRecordId, i.IssuedAt))
            .FirstOrDefaultAsync(Context.RequestAborted);

        return session is null
            ? AuthenticateResult.Fail("Unknown or revoked visitor identity.")
            : AuthenticateResult.Success(new AuthenticationTicket(session.ToPrincipal(SchemeName), SchemeName));
    }

    private string? ReadToken()
    {
        var header = Request.Headers[HeaderNames.Authorization].ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        return Request.Path.StartsWithSegments(VisitorPaths.Hub) ? Request.Query["access_token"].ToString() : null;
    }
}
