using ChatConsent.Demo;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ChatConsent.Mail;

/// <summary>
/// Where browsers reach the service, for links in mails: <c>Service:PublicUrl</c>, else the
/// first address the service listens on. Mails are also written outside any request (digests).
/// </summary>
public sealed class ServiceAddress(IOptions<ServiceOptions> service, IServer server)
{
    public Uri Base
    {
        get
        {
            if (service.Value.PublicUrl is { } configured)
            {
                return configured;
            }

            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? "http://localhost:5080";
            foreach (var wildcard in new[] { "://+", "://*", "://[::]", "://0.0.0.0" })
            {
                address = address.Replace(wildcard, "://localhost", StringComparison.Ordinal);
            }

            return new Uri(address.TrimEnd('/') + "/");
        }
    }

    /// <summary>The service's own origin, which only the service's own pages have.</summary>
    public string Origin => Base.GetLeftPart(UriPartial.Authority);
}
