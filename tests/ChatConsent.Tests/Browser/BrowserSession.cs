using System.Net;
using System.Net.Sockets;
using ChatConsent.Demo;
using ChatConsent.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChatConsent.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright against the real service, with the demo shop page on
/// its own origin: the visitor's browser sees exactly what a customer's visitor would.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    // CHROMIUM_PATH lets a developer point at another build; CI installs Debian's package here.
    private static readonly string ChromiumPath =
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    private IPlaywright? _playwright;

    private BrowserSession(ChatConsentHost host) => Host = host;

    public ChatConsentHost Host { get; }

    public IBrowser Browser { get; private set; } = null!;

    public Uri DemoPage => new(Host.Services.GetRequiredService<DemoHost>().Origin!, "demo");

    /// <summary>A demo shop page with a consent platform, such as <c>klaro</c> or <c>cookiebot</c>.</summary>
    public Uri ShopPage(string slug) => new(DemoPage, $"demo/{slug}");

    /// <param name="settings">More of the service's settings, such as a test SMTP server's.</param>
    public static async Task<BrowserSession> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var demoUrl = $"http://127.0.0.1:{FreePort()}";
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Demo:Enabled"] = "true",
            ["Demo:HostUrl"] = demoUrl,
            ["Demo:SiteKey"] = ChatConsentHost.SiteKey,
        };
        var host = await new ChatConsentHost(settings: all).StartAsync();

        // Expectations wait as long as actions do: two cores run many hosts and browsers at once.
        Assertions.SetDefaultExpectTimeout(15_000);
        var session = new BrowserSession(host);
        session._playwright = await Playwright.CreateAsync();
        session.Browser = await session._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-gpu"],
        });
        return session;
    }

    public async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Host.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
