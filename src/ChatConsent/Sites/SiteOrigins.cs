namespace ChatConsent.Sites;

public static class SiteOrigins
{
    /// <summary>
    /// Whether <paramref name="origin"/> is the service's own: only the service's own pages have
    /// it, and the one among them that embeds the widget is the conversation page for sites
    /// without a page of their own, so it may use every site's widget.
    /// </summary>
    public static bool IsServiceOrigin(HttpContext context, string origin) =>
        origin.Length > 0
        && (Same(origin, $"{context.Request.Scheme}://{context.Request.Host}")
            || Same(origin, context.RequestServices.GetService<Mail.ServiceAddress>()?.Origin));

    private static bool Same(string origin, string? other) =>
        string.Equals(origin, other, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="value"/> is a web origin: scheme, host and port, nothing more.</summary>
    public static bool IsOrigin(string value) =>
        Uri.TryCreate(value.TrimEnd('/'), UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0
        && string.IsNullOrEmpty(uri.UserInfo);
}
