using Microsoft.Net.Http.Headers;

namespace ChatConsent.Widget;

/// <summary>Serves the widget loader and its lazily loaded modules to any host page.</summary>
public static class WidgetScript
{
    private const string DistPath = "/dist";

    /// <summary><c>/widget.js</c>: the one script a site embeds. Short cache, so updates reach sites fast.</summary>
    public static IEndpointRouteBuilder MapWidgetScript(this IEndpointRouteBuilder app)
    {
        var environment = app.ServiceProvider.GetRequiredService<IWebHostEnvironment>();
        app.MapGet("/widget.js", (HttpContext context) =>
        {
            var file = environment.WebRootFileProvider.GetFileInfo("dist/widget.js");
            if (!file.Exists)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=300";
            return Results.Stream(file.CreateReadStream(), "text/javascript; charset=utf-8");
        }).ExcludeFromDescription();
        return app;
    }

    // The loader imports its modules with import(), which a browser fetches in CORS mode from
    // the host page's origin; they are public files, so any origin may read them.
    public static StaticFileOptions StaticFiles() => new()
    {
        OnPrepareResponse = context =>
        {
            if (context.Context.Request.Path.StartsWithSegments(DistPath))
            {
                context.Context.Response.Headers[HeaderNames.AccessControlAllowOrigin] = "*";
            }
        },
    };
}
