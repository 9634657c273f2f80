using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ChatConsent.Agents;

/// <summary>Creates the first admin from <see cref="AdminAccountOptions"/> when none exists.</summary>
internal sealed partial class AdminAccountSeeder(
    UserManager<Agent> users,
    RoleManager<IdentityRole> roles,
    IOptions<AdminAccountOptions> options,
    IHostEnvironment environment,
    ILogger<AdminAccountSeeder> logger)
{
    public async Task SeedAsync()
    {
        await EnsureRolesAsync();
        var admin = options.Value;
        if ((await users.GetUsersInRoleAsync(AgentRoles.Admin)).Count > 0)
        {
            return;
        }

        if (admin.Email is null || admin.Password is null)
        {
            LogNoAdmin(logger);
            return;
        }

        var agent = new Agent
        {
            UserName = admin.Email,
            Email = admin.Email,
            EmailConfirmed = true,
            DisplayName = admin.DisplayName,
        };
        var created = await users.CreateAsync(agent, admin.Password);
        if (!created.Succeeded)
        {
            var errors = string.Join("; ", created.Errors.Select(e => e.Description));
            throw new InvalidOperationException($"The admin account could not be created: {errors}");
        }

        await users.AddToRolesAsync(agent, [AgentRoles.Admin, AgentRoles.Agent]);
        if (environment.IsDevelopment())
        {
            LogDevelopmentAdmin(logger, admin.Email, admin.Password);
        }
        else
        {
            LogAdminCreated(logger, agent.Id);
        }
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var role in new[] { AgentRoles.Admin, AgentRoles.Agent })
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    [LoggerMessage(EventId = 1401, Level = LogLevel.Warning,
        Message = "No admin account exists. Set Admin__Email and Admin__Password and start again to create one")]
    private static partial void LogNoAdmin(ILogger logger);

    [LoggerMessage(EventId = 1402, Level = LogLevel.Information,
        Message = "Created the development admin account {Email} with password {Password}")]
    private static partial void LogDevelopmentAdmin(ILogger logger, string email, string password);

    [LoggerMessage(EventId = 1403, Level = LogLevel.Information, Message = "Created the admin account {AgentId}")]
    private static partial void LogAdminCreated(ILogger logger, string agentId);
}
