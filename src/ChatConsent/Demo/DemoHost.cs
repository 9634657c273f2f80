using ChatConsent.Agents;
using ChatConsent.Data;
using ChatConsent.Sites;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatConsent.Demo;

/// <summary>
/// Serves the demo page from a second, tiny web server on its own port: a real other origin,
/// like a customer's shop. Registers that origin on the demo site when it starts.
/// </summary>
internal sealed partial class DemoHost(
    IOptions<DemoOptions> options,
    IOptions<ServiceOptions> service,
    IOptions<AdminAccountOptions> admin,
    IServer server,
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
        builder.Configuration.AddInMemoryCollection([new(WebHostDefaults.ServerUrlsKey, options.Value.HostUrl.ToString())]);
        builder.Logging.ClearProviders();
        _host = builder.Build();
        _host.MapGet("/", () => Results.Redirect("/demo"));
        _host.MapGet("/demo", (string? lang) => Results.Content(
            DemoPage.Render(ServiceUrl(), options.Value.SiteKey, lang == "de" ? "de" : "en"), "text/html"));

        await _host.StartAsync(cancellationToken);
        Origin = new Uri(_host.Urls.First());
        await EnsureDemoSiteAsync(Origin, cancellationToken);
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

        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5080";
        var uri = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://[::]", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal));
        return uri.Uri;
    }

    private async Task EnsureDemoSiteAsync(Uri origin, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatDbContext>();
        var site = await db.Sites.FirstOrDefaultAsync(s => s.Key == options.Value.SiteKey, cancellationToken);
        if (site is null)
        {
            site = new Site
            {
                Id = Guid.CreateVersion7(),
                Key = options.Value.SiteKey,
                Name = options.Value.SiteName,
                CreatedAt = clock.GetUtcNow()
            };
            db.Sites.Add(site);
        }

        var originText = origin.GetLeftPart(UriPartial.Authority);
        if (!site.AllowsOrigin(originText))
        {
            site.AllowedOrigins = [.. site.AllowedOrigins, originText];
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(EventId = 1501, Level = LogLevel.Information,
        Message = "Demo page {DemoUrl} · agent console {ConsoleUrl} · sign in as {AdminEmail} / {AdminPassword}")]
    private static partial void LogReady(ILogger logger, Uri demoUrl, Uri consoleUrl, string? adminEmail,
        string? adminPassword);
}
