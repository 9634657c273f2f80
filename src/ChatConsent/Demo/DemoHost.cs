using ChatConsent.Agents;
using ChatConsent.Data;
using ChatConsent.Sites;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace ChatConsent.Demo;

/// <summary>
/// Serves the demo pages from a second, tiny web server on its own port: a real other origin,
/// like a customer's shop. Registers that origin on the demo sites when it starts.
/// </summary>
internal sealed partial class DemoHost(
    IOptions<DemoOptions> options,
    IOptions<ServiceOptions> service,
    IOptions<AdminAccountOptions> admin,
    IServer server,
    IWebHostEnvironment environment,
    IHostApplicationLifetime lifetime,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    ILogger<DemoHost> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _host;

    /// <summary>The origin the demo page is served from, once started.</summary>
    public Uri? Origin { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();

        // Its own listener only: the service's Kestrel settings must not apply to it.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(
            [new(WebHostDefaults.ServerUrlsKey, options.Value.HostUrl.ToString())]);
        builder.Logging.ClearProviders();
        _host = builder.Build();
        ServePlatformScripts(_host);
        _host.MapGet("/", () => Results.Content(DemoIndexPage.Render(DemoShops.All), "text/html"));
        _host.MapGet("/demo", (string? lang) => Results.Content(
            DemoPage.Render(ServiceUrl(), options.Value.SiteKey, Language(lang)), "text/html"));
        _host.MapGet("/demo/{slug}", (string slug, string? lang) => DemoShops.Find(slug) is { } shop
            ? Results.Content(DemoPage.Render(ServiceUrl(), shop.SiteKey, Language(lang), shop), "text/html")
            : Results.NotFound());

        await _host.StartAsync(cancellationToken);
        Origin = new Uri(_host.Urls.First());
        await EnsureDemoSitesAsync(Origin, cancellationToken);
        lifetime.ApplicationStarted.Register(LogReady);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_host is not null)
        {
            await _host.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    private static string Language(string? lang) => lang == "de" ? "de" : "en";

    // The bundles the client build writes for the demo; without a client build the platform
    // pages still render, but their consent platform does not load.
    private void ServePlatformScripts(WebApplication host)
    {
        var folder = Path.Combine(environment.WebRootPath ?? "wwwroot", "dist", "demo");
        if (Directory.Exists(folder))
        {
            host.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(folder),
                RequestPath = "/assets",
            });
        }
    }

    // Logged once the service listens too, so that both addresses are the real ones.
    private void LogReady()
    {
        var demoPage = new Uri(Origin!, "demo");
        var console = new Uri(ServiceUrl(), "agents");
        LogReady(logger, demoPage, console, admin.Value.Email, admin.Value.Password);
    }

    private Uri ServiceUrl()
    {
        if (service.Value.PublicUrl is { } configured)
        {
            return configured;
        }

        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? "http://localhost:5080";
        var uri = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://[::]", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal));
        return uri.Uri;
    }

    private async Task EnsureDemoSitesAsync(Uri origin, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatDbContext>();
        var originText = origin.GetLeftPart(UriPartial.Authority);
        var demo = await EnsureSiteAsync(db, options.Value.SiteKey, options.Value.SiteName, originText,
            cancellationToken);

        // The shop's home lists the demo pages and has no chat; e-mail links lead to the page that has.
        demo.ContinuePageUrl = new Uri(origin, "demo").ToString();
        foreach (var shop in DemoShops.All)
        {
            var site = await EnsureSiteAsync(db, shop.SiteKey, $"{options.Value.SiteName} · {shop.PlatformName}",
                originText, cancellationToken);

            // Reset on every start: the page's platform names the chat exactly this way, and
            // other settings would leave the demo page broken.
            site.Consent = shop.ConsentSettings();
            site.ContinuePageUrl = new Uri(origin, $"demo/{shop.Slug}").ToString();
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Site> EnsureSiteAsync(ChatDbContext db, string key, string name, string origin,
        CancellationToken cancellationToken)
    {
        var site = await db.Sites.FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (site is null)
        {
            site = new Site { Id = Guid.CreateVersion7(), Key = key, Name = name, CreatedAt = clock.GetUtcNow() };
            db.Sites.Add(site);
        }

        if (!site.AllowsOrigin(origin))
        {
            site.AllowedOrigins = [.. site.AllowedOrigins, origin];
        }

        return site;
    }

    [LoggerMessage(EventId = 1501, Level = LogLevel.Information,
        Message = "Demo page {DemoUrl} · agent console {ConsoleUrl} · sign in as {AdminEmail} / {AdminPassword}")]
    private static partial void LogReady(ILogger logger, Uri demoUrl, Uri consoleUrl, string? adminEmail,
        string? adminPassword);
}
