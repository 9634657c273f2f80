using ChatConsent.Chat;
using ChatConsent.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;

namespace ChatConsent.Agents;

public static class AgentServiceCollectionExtensions
{
    /// <summary>Agent accounts on ASP.NET Core Identity, signed in with a cookie on the service's origin.</summary>
    public static IServiceCollection AddAgents(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AdminAccountOptions>()
            .Bind(configuration.GetSection(AdminAccountOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddIdentity<Agent, IdentityRole>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                // Length over composition rules, as NIST SP 800-63B advises.
                identity.Password.RequiredLength = 10;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequireDigit = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireLowercase = false;
                identity.Lockout.MaxFailedAccessAttempts = 5;
            })
            .AddEntityFrameworkStores<ChatDbContext>()
            .AddSignInManager<AgentSignInManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokenProvider>(AgentInvitations.TokenProvider);

        // Checked on every request rather than every 30 minutes: disabling an agent or changing
        // their role must apply at their next request. It costs a look-up of the agent and their
        // roles per request; the console's traffic is its WebSocket, which this does not touch.
        services.Configure<SecurityStampValidatorOptions>(stamp => stamp.ValidationInterval = TimeSpan.Zero);

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "chatconsent_agent";
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.LoginPath = "/agents/signin";
            cookie.LogoutPath = "/agents/signout";
            cookie.AccessDeniedPath = "/admin/denied";
            cookie.Events.OnRedirectToLogin = context =>
                AnswerOrRedirect(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context =>
                AnswerOrRedirect(context, StatusCodes.Status403Forbidden);
        });

        services.AddSignalR().AddHubOptions<AgentHub>(hub => hub.AddFilter<AgentAccountHubFilter>());
        services.AddScoped<AdminAccountSeeder>();
        services.AddScoped<AgentInvitations>();
        services.AddScoped<AgentProfile>();
        services.AddSingleton<AgentConnections>();
        return services;
    }

    // Scripts calling the hub or an API need a status code, not a redirect to an HTML page.
    private static Task AnswerOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<
        Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/hubs") || context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
