using ChatConsent.Demo;
using ChatConsent.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ChatConsent.Agents;

/// <summary>
/// Keeps the agent hub to the console's own origin. The sign-in cookie is SameSite=Strict, but a
/// shop on the same site (www.shop.example beside chat.shop.example) is not cross-site, so its
/// scripts could otherwise open the hub with the agent's cookie: cross-site WebSocket hijacking.
/// </summary>
internal sealed class AgentOriginMiddleware(RequestDelegate next, IOptions<ServiceOptions> service)
{
    public const string HubPath = "/hubs/agent";

    public async Task InvokeAsync(HttpContext context)
    {
        var origin = context.Request.Headers[HeaderNames.Origin].ToString();
        if (!context.Request.Path.StartsWithSegments(HubPath) || origin.Length == 0
            || IsOwnOrigin(context.Request, origin))
        {
            await next(context);
            return;
        }

        await Problems.WriteAsync(context, StatusCodes.Status403Forbidden, ErrorCodes.OriginNotAllowed,
            "The agent hub answers only the console's own pages.");
    }

    private bool IsOwnOrigin(HttpRequest request, string origin)
    {
        var own = $"{request.Scheme}://{request.Host}";
        var published = service.Value.PublicUrl?.GetLeftPart(UriPartial.Authority);
        return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase)
            || string.Equals(origin, published, StringComparison.OrdinalIgnoreCase);
    }
}
