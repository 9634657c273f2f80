using ChatConsent.Hosting;
using Microsoft.Net.Http.Headers;

namespace ChatConsent.Sites;

/// <summary>
/// Refuses widget bootstrap calls from a page on an origin the site does not allow. Browsers
/// already stop such calls at the CORS preflight; this keeps a consent from ever being recorded
/// for a site from a page that is not the site's.
/// </summary>
internal sealed class SiteOriginFilter(SiteDirectory sites) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var origin = http.Request.Headers[HeaderNames.Origin].ToString();
        if (origin.Length == 0)
        {
            return await next(context);
        }

        var site = await sites.FindByKeyAsync(SiteDirectory.KeyOf(http), http.RequestAborted);
        if (site is not null && !site.AllowsRequestOrigin(origin) && !SiteOrigins.IsServiceOrigin(http, origin))
        {
            return Problems.Result(StatusCodes.Status403Forbidden, ErrorCodes.OriginNotAllowed,
                "This page's origin may not use the chat of this site.");
        }

        return await next(context);
    }
}
