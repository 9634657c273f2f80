namespace ChatConsent.Demo;

/// <summary>
/// The demo: a customer's page on its own origin that embeds the widget, so the cross-origin
/// case is the one exercised every day. Section <c>Demo</c>; on in development.
/// </summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }

    /// <summary>Where the demo host page listens; another port than the service. Port 0 picks a free one.</summary>
    public Uri HostUrl { get; set; } = new("http://localhost:5081");

    public string SiteKey { get; set; } = "demo";

    public string SiteName { get; set; } = "Demo Coffee Roasters";
}

/// <summary>How browsers reach the service itself, for links and the widget's script tag.</summary>
public sealed class ServiceOptions
{
    public const string Section = "Service";

    /// <summary>
    /// Public base URL such as <c>https://chat.example.com</c>; defaults to the first address listened on.
    /// </summary>
    public Uri? PublicUrl { get; set; }
}
