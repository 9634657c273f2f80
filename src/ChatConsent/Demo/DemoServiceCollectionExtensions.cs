namespace ChatConsent.Demo;

public static class DemoServiceCollectionExtensions
{
    public static IServiceCollection AddDemo(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ServiceOptions>().Bind(configuration.GetSection(ServiceOptions.Section));
        services.AddOptions<DemoOptions>().Bind(configuration.GetSection(DemoOptions.Section));
        if (configuration.GetSection(DemoOptions.Section).Get<DemoOptions>()?.Enabled == true)
        {
            services.AddSingleton<DemoHost>();
            services.AddHostedService(provider => provider.GetRequiredService<DemoHost>());
        }

        return services;
    }

    /// <summary><c>/demo</c> on the service leads to the demo page on its own origin.</summary>
    public static IEndpointRouteBuilder MapDemo(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetService<DemoHost>() is { } demo)
        {
            app.MapGet("/demo", () => demo.Origin is { } origin
                ? Results.Redirect(new Uri(origin, "demo").ToString())
                : Results.StatusCode(StatusCodes.Status503ServiceUnavailable))
                .ExcludeFromDescription();
        }

        return app;
    }
}
