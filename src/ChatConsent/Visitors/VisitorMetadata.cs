using System.Net;
using ChatConsent.Data;
using ChatConsent.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace ChatConsent.Visitors;

/// <summary>The page the widget runs on, as it reports it.</summary>
public sealed record PageReport(string? Url, string? Referrer);

/// <summary>
/// What the agent may see about a visitor beyond their words: the current page, the referrer,
/// the browser and a shortened IP address. Collected only while the site's privacy mode is off
/// and the visitor's browser sent no Global Privacy Control; otherwise nothing is written at all.
/// </summary>
public sealed class VisitorMetadata(ChatDbContext db, SiteDirectory sites, TimeProvider clock)
{
    private const int MaxUrlLength = 2048;
    private const int MaxUserAgentLength = 512;

    /// <summary>On connect: the browser and address, from the request itself.</summary>
    public async Task RecordConnectionAsync(VisitorSession session, HttpContext? http,
        CancellationToken cancellationToken)
    {
        var (visitor, site) = await LoadAsync(session, cancellationToken);
        visitor.LastSeenAt = clock.GetUtcNow();
        if (http is not null && !Visitor.CollectsNothing(site, visitor.PrivacyModeReason))
        {
            visitor.UserAgent = Cut(http.Request.Headers[HeaderNames.UserAgent].ToString(), MaxUserAgentLength);
            visitor.IpAddress = site.CollectIpAddress ? Shorten(http.Connection.RemoteIpAddress) : null;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The widget reports the page it runs on after connecting and on navigation.</summary>
    public async Task RecordPageAsync(VisitorSession session, PageReport report, CancellationToken cancellationToken)
    {
        var (visitor, site) = await LoadAsync(session, cancellationToken);
        if (Visitor.CollectsNothing(site, visitor.PrivacyModeReason))
        {
            return;
        }

        visitor.CurrentPageUrl = WebAddress(report.Url);
        visitor.Referrer = WebAddress(report.Referrer);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>IPv4 without its last octet, IPv6 without its last 80 bits.</summary>
    public static string? Shorten(IPAddress? address)
    {
        if (address is null)
        {
            return null;
        }

        var bytes = (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).GetAddressBytes();
        var keep = bytes.Length == 4 ? 3 : 6;
        Array.Clear(bytes, keep, bytes.Length - keep);
        return new IPAddress(bytes).ToString();
    }

    private async Task<(Visitor Visitor, Site Site)> LoadAsync(VisitorSession session,
        CancellationToken cancellationToken)
    {
        var visitor = await db.Visitors.FirstAsync(v => v.Id == session.VisitorId, cancellationToken);
        var site = await sites.FindByIdAsync(session.SiteId, cancellationToken)
            ?? throw new InvalidOperationException("The visitor's site is gone.");
        return (visitor, site);
    }

    // Only http(s) addresses are kept; anything else the page could put there is dropped.
    private static string? WebAddress(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? Cut(uri.ToString(), MaxUrlLength)
            : null;

    private static string? Cut(string value, int length) =>
        value.Length == 0 ? null : value.Length <= length ? value : value[..length];
}
