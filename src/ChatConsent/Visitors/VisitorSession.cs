using System.Globalization;
using System.Security.Claims;

namespace ChatConsent.Visitors;

/// <summary>Who is calling the visitor hub or API, as established from their identity token.</summary>
public sealed record VisitorSession(Guid VisitorId, Guid SiteId, Guid IdentityId, Guid ConsentRecordId,
    DateTimeOffset IssuedAt)
{
    private const string VisitorClaim = "chatconsent:visitor";
    private const string SiteClaim = "chatconsent:site";
    private const string IdentityClaim = "chatconsent:identity";
    private const string ConsentClaim = "chatconsent:consent";
    private const string IssuedClaim = "chatconsent:issued";

    public ClaimsPrincipal ToPrincipal(string scheme)
    {
        Claim[] claims =
        [
            new(ClaimTypes.NameIdentifier, VisitorId.ToString()),
            new(VisitorClaim, VisitorId.ToString()),
            new(SiteClaim, SiteId.ToString()),
            new(IdentityClaim, IdentityId.ToString()),
            new(ConsentClaim, ConsentRecordId.ToString()),
            new(IssuedClaim, IssuedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)),
        ];
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static VisitorSession? FromPrincipal(ClaimsPrincipal? principal)
    {
        if (principal?.FindFirst(VisitorClaim) is not { } visitor)
        {
            return null;
        }

        return new VisitorSession(
            Guid.Parse(visitor.Value),
            Guid.Parse(principal.FindFirst(SiteClaim)!.Value),
            Guid.Parse(principal.FindFirst(IdentityClaim)!.Value),
            Guid.Parse(principal.FindFirst(ConsentClaim)!.Value),
            DateTimeOffset.FromUnixTimeMilliseconds(
                long.Parse(principal.FindFirst(IssuedClaim)!.Value, CultureInfo.InvariantCulture)));
    }
}
