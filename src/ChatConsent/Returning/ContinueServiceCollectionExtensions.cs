namespace ChatConsent.Returning;

public static class ContinueServiceCollectionExtensions
{
    /// <summary>E-mail links, the visitor's address, digests of replies and their rate limit.</summary>
    public static IServiceCollection AddContinue(this IServiceCollection services)
    {
        services.AddSingleton<AddressRateLimiter>();
        services.AddSingleton<ContinueLinks>();
        services.AddScoped<LinkTokenStore>();
        services.AddScoped<VisitorAddresses>();
        services.AddScoped<DigestScheduler>();
        services.AddScoped<DigestMailer>();
        return services;
    }
}
