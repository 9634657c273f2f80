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
using Microsoft.Extensions.Options;
using Serilog;

namespace ChatConsent.Hosting;

/// <summary>One call per feature, so Program.cs reads as the table of contents of the service.</summary>
public static class HostingExtensions
{
    public static WebApplicationBuilder AddChatLogging(this WebApplicationBuilder builder)
    {
        // Each host keeps its own logger rather than the process-wide static one, so that two
        // hosts in one process (the test suite runs many) never write into each other's sinks.
        builder.Services.AddSerilog((services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .Filter.ByExcluding(IsRefusedHubCall),
            preserveStaticLogger: true);
        return builder;
    }

    // SignalR logs every hub exception as an error with a stack trace; a refusal with a stable
    // code is the visitor's mistake, not the service's, and is logged by ChatErrorHubFilter.
    private static bool IsRefusedHubCall(Serilog.Events.LogEvent logEvent) =>
        logEvent.Exception is HubException { InnerException: ChatException }
        || logEvent.Exception is ChatException;

    public static IServiceCollection AddChatHosting(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = AddCode);

        // Unreadable requests throw, so that ChatExceptionHandler answers them with a code.
        services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);

        // Enums cross the wire as camelCase words ("platformOrNotice"), in HTTP and in the hubs.
        services.ConfigureHttpJsonOptions(json =>
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        services.AddExceptionHandler<ChatExceptionHandler>();
        services.AddChatRateLimits();
        services.AddRazorPages(pages => pages.RootDirectory = "/");
        services.Configure<RouteOptions>(routes => routes.LowercaseUrls = true);
        return services;
    }

    // Every problem response carries a stable code, including the framework's own 404 and 415.
    private static void AddCode(ProblemDetailsContext context)
    {
        context.ProblemDetails.Extensions.TryAdd("code", context.ProblemDetails.Status switch
        {
            StatusCodes.Status400BadRequest => ErrorCodes.InvalidRequest,
            StatusCodes.Status401Unauthorized => "unauthorized",
            StatusCodes.Status404NotFound => "not_found",
            StatusCodes.Status405MethodNotAllowed => "method_not_allowed",
            StatusCodes.Status415UnsupportedMediaType => "unsupported_media_type",
            _ => "internal_error",
        });
    }

    public static IServiceCollection AddVisitors(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, VisitorAuthenticationHandler>(
                VisitorAuthenticationHandler.SchemeName, null);
        services.AddCors();
        services.AddScoped<SiteDirectory>();
        services.AddScoped<VisitorMetadata>();
        services.AddScoped<ICorsPolicyProvider, SiteCorsPolicyProvider>();
        services.AddScoped<ConfiguredSites>();
        services.AddOptions<ConfiguredSitesOptions>()
            .Configure<IConfiguration>((options, configuration) =>
                configuration.GetSection(ConfiguredSitesOptions.Section).Bind(options.Sites))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ConfiguredSitesOptions>, ConfiguredSitesValidation>();
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
        services.AddScoped<VisitorDetailsQuery>();
        services.AddScoped<ChatService>();
        services.AddScoped<ReadMarks>();
        services.AddScoped<TypingRelay>();
        services.AddSingleton<TypingThrottle>();

        // The console's workflow: presence, assignment, search, notes and saved replies.
        services.AddSingleton<AgentPresence>();
        services.AddScoped<PresenceService>();
        services.AddScoped<ConversationAssignments>();
        services.AddScoped<ConversationSearch>();
        services.AddScoped<ConversationNotes>();
        services.AddScoped<CannedResponses>();
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
        // Request logging outside the exception handler, so a handled error logs its real status.
        app.UseSerilogRequestLogging();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles(WidgetScript.StaticFiles());
        app.UseRouting();
        app.UseCors();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<AgentOriginMiddleware>();
        app.UseMiddleware<ConsentGateMiddleware>();
        app.UseAuthorization();
        return app;
    }

    public static IEndpointRouteBuilder MapChatHubs(this IEndpointRouteBuilder app)
    {
        app.MapHub<VisitorHub>(VisitorPaths.Hub).RequireCors(SiteCorsPolicyProvider.PolicyName);
        app.MapHub<AgentHub>(AgentOriginMiddleware.HubPath);
        return app;
    }

    /// <summary><c>/health</c>: 200 when the process runs and the database answers, 503 otherwise.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync });
        return app;
    }

    private static Task WriteHealthAsync(HttpContext context,
        Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
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
