namespace ChatConsent.Sites;

public static class SiteOrigins
{
    /// <summary>Whether <paramref name="value"/> is a web origin: scheme, host and port, nothing more.</summary>
    public static bool IsOrigin(string value) =>
        Uri.TryCreate(value.TrimEnd('/'), UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0
        && string.IsNullOrEmpty(uri.UserInfo);
}
