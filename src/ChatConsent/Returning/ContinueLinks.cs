using ChatConsent.Mail;
using ChatConsent.Sites;

namespace ChatConsent.Returning;

/// <summary>
/// Where e-mail links lead. The token rides in the URL fragment, which browsers send to no
/// server and put in no Referer, so neither the site's server nor anyone it links to sees it.
/// </summary>
public sealed class ContinueLinks(ServiceAddress service)
{
    public const string FragmentKey = "chatconsent-continue";

    /// <summary>The page the widget continues on: the configured one, the site's home, or ours.</summary>
    public Uri PageOf(Site site)
    {
        if (site.ContinuePageUrl is { } configured)
        {
            return new Uri(configured);
        }

        return site.AllowedOrigins.FirstOrDefault() is { } home
            ? new Uri(home.TrimEnd('/') + "/")
            : ServicePage(site);
    }

    /// <summary>The service-hosted conversation page of a site.</summary>
    public Uri ServicePage(Site site) => new(service.Base, $"continue/{Uri.EscapeDataString(site.Key)}");

    public Uri WithToken(Site site, string token) =>
        new UriBuilder(PageOf(site)) { Fragment = $"{FragmentKey}={token}" }.Uri;

    public Uri Unsubscribe(string token) => new(service.Base, $"mail/unsubscribe?t={Uri.EscapeDataString(token)}");
}
