using ChatConsent.Data;
using ChatConsent.Sites;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatConsent.Tests.Support;

/// <summary>
/// The real service on Kestrel over loopback, with its own SQLite file. Two hosts made with the
/// same <see cref="DatabaseFile"/> one after the other are a restart of the service.
/// </summary>
public sealed class ChatConsentHost : WebApplicationFactory<Program>
{
    public const string SiteKey = "shop";
    public const string SiteOrigin = "https://shop.example";
    public const string AgentEmail = "agent@shop.example";
    public const string AgentPassword = "correct-horse-battery";

    private readonly IReadOnlyDictionary<string, string?> _settings;

    public ChatConsentHost(string? databaseFile = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        DatabaseFile = databaseFile ?? Path.Combine(Path.GetTempPath(), $"chatconsent-{Guid.NewGuid():N}.db");
        _settings = settings ?? new Dictionary<string, string?>();
        UseKestrel(0);
    }

    public string DatabaseFile { get; }

    /// <summary>Everything the service logged, request logging included.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>When set, the service's clock: tests move it instead of sleeping.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>Leave the SQLite file behind on dispose, for a host that restarts on it.</summary>
    public bool KeepsDatabase { get; init; }

    public Uri BaseAddress => new(Services.GetRequiredService<IServer>().Features
        .GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    /// <summary>Starts the server and makes sure the test site exists.</summary>
    public async Task<ChatConsentHost> StartAsync()
    {
        StartServer();
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatDbContext>();
        if (!await db.Sites.AnyAsync(s => s.Key == SiteKey))
        {
            db.Sites.Add(new Site
            {
                Id = Guid.NewGuid(),
                Key = SiteKey,
                Name = "Example Shop",
                AllowedOrigins = [SiteOrigin],
                CreatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        return this;
    }

    public async Task<T> WithDbAsync<T>(Func<ChatDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ChatDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:ConnectionString", $"Data Source={DatabaseFile}");
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("Admin:Email", AgentEmail);
        builder.UseSetting("Admin:Password", AgentPassword);
        builder.UseSetting("Admin:DisplayName", "Alex from Support");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<Serilog.Core.ILogEventSink>(Logs);
            if (Clock is not null)
            {
                services.AddSingleton(Clock);
            }
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();

        // Pooled connections keep the file open; release them so the temporary file can go.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (KeepsDatabase)
        {
            return;
        }

        foreach (var file in new[] { DatabaseFile, DatabaseFile + "-wal", DatabaseFile + "-shm" })
        {
            File.Delete(file);
        }
    }
}
