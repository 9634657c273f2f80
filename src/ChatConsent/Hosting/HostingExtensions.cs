using System.Text.Json;
using System.Text.Json.Serialization;
using ChatConsent.Agents;
using ChatConsent.Chat;
using ChatConsent.Consent;
using ChatConsent.Data;
using ChatConsent.Sites;
using ChatConsent.Visitors;
using ChatConsent.Widget;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.SignalR;
using Serilog;

namespace ChatConsent.Hosting;

/// <summary>One call per feature, so Program.cs reads as the table of contents of the service.</summary>
public static class HostingExtensions
{
    public static WebApplicationBuilder AddChatLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }

    public static IServiceCollection AddChatHosting(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddProblemDetails();

        // Enums cross the wire as camelCase words ("platformOrNotice"), in HTTP and in the hubs.
        services.ConfigureHttpJsonOptions(json =>
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        services.AddExceptionHandler<ChatExceptionHandler>();
        services.AddChatRateLimits();
        services.AddRazorPages(pages => pages.RootDirectory = "/");
        services.Configure<RouteOptions>(routes => routes.LowercaseUrls = true);
        return services;
    }

    private static bool IsValid(SiteSettings site) =>
        System.ComponentModel.DataAnnotations.Validator.TryValidateObject(site, new(site), null, validateAllProperties: true);

    public static IServiceCollection AddVisitors(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, VisitorAuthenticationHandler>(VisitorAuthenticationHandler.SchemeName, null);
        services.AddCors();
        services.AddScoped<SiteDirectory>();
        services.AddScoped<ICorsPolicyProvider, SiteCorsPolicyProvider>();
        services.AddScoped<ConfiguredSites>();
        services.AddOptions<ConfiguredSitesOptions>()
            .Configure<IConfiguration>((options, configuration) =>
                configuration.GetSection(ConfiguredSitesOptions.Section).Bind(options.Sites))
            .Validate(options => options.Sites.TrueForAll(IsValid), "A site under Sites is invalid: check Key, Name, "
                + "DefaultLanguage, PrivacyPolicyUrl and CookieLifetimeDays (1 to 730).")
            .ValidateOnStart();
        return services;
    }

    /// <summary>The consent gate and its sources, in the order they are asked.</summary>
    public static IServiceCollection AddConsent(this IServiceCollection services)
    {
        services.AddScoped<ConsentGate>();
        services.AddScoped<PlatformConsentSource>();
        services.AddScoped<IConsentSource>(provider => provider.GetRequiredService<PlatformConsentSource>());
        services.AddScoped<IConsentSource, NoticeConsentSource>();
        services.AddScoped<ConsentRecorder>();
        services.AddScoped<ConsentWithdrawal>();
        services.AddSingleton<VisitorConnections>();
        return services;
    }

    public static IServiceCollection AddChat(this IServiceCollection services, IConfiguration configuration)
    {
        var signalR = services.AddSignalR(hub =>
        {
            hub.AddFilter<ChatErrorHubFilter>();
            hub.MaximumReceiveMessageSize = 64 * 1024;
        }).AddJsonProtocol(json =>
            json.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));

        // With several instances, the Redis backplane carries each hub message to every instance.
        if (configuration["Redis:ConnectionString"] is { Length: > 0 } redis)
        {
            signalR.AddStackExchangeRedis(redis, options =>
                options.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("chatconsent"));
        }

        services.AddSingleton<ChatErrorHubFilter>();
        services.AddScoped<ChatStore>();
        services.AddScoped<ConversationQueries>();
        services.AddScoped<ChatService>();
        return services;
    }

    /// <summary>Migrates the database and creates the first admin before the service answers.</summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        await app.Services.MigrateChatDatabaseAsync(app.Lifetime.ApplicationStopping);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ConfiguredSites>().ApplyAsync(app.Lifetime.ApplicationStopping);
        await scope.ServiceProvider.GetRequiredService<AdminAccountSeeder>().SeedAsync();
    }

    public static WebApplication UseChatPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSerilogRequestLogging();
        app.UseStaticFiles(WidgetScript.StaticFiles());
        app.UseRouting();
        app.UseCors();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<ConsentGateMiddleware>();
        app.UseAuthorization();
        return app;
    }

    public static IEndpointRouteBuilder MapChatHubs(this IEndpointRouteBuilder app)
    {
        app.MapHub<VisitorHub>(VisitorPaths.Hub).RequireCors(SiteCorsPolicyProvider.PolicyName);
        app.MapHub<AgentHub>("/hubs/agent");
        return app;
    }

    /// <summary><c>/health</c>: 200 when the process runs and the database answers, 503 otherwise.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync });
        return app;
    }

    private static Task WriteHealthAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
