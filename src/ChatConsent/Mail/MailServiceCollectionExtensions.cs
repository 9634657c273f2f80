namespace ChatConsent.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>The <c>Mail</c> settings, the outbox and the worker that sends from it.</summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>()
            .Bind(configuration.GetSection(MailOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<MailSignal>();
        services.AddSingleton<ServiceAddress>();
        services.AddScoped<MailOutbox>();
        services.AddHostedService<MailWorker>();
        return services;
    }
}
