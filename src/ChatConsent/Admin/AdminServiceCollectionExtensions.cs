namespace ChatConsent.Admin;

public static class AdminServiceCollectionExtensions
{
    /// <summary>
    /// Site settings, agent accounts, the audit log, the visitors' data rights and the retention job.
    /// </summary>
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddScoped<SiteSettingsEditor>();
        services.AddScoped<VisitorDataRights>();
        services.AddScoped<AuditLog>();
        services.AddScoped<AgentAccounts>();
        services.AddScoped<RetentionSweep>();
        services.AddHostedService<RetentionJob>();
        return services;
    }
}
