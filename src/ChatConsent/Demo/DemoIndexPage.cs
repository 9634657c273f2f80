using System.Net;

namespace ChatConsent.Demo;

/// <summary>The list of every demo page: the notice-mode shop and one shop per consent platform.</summary>
internal static class DemoIndexPage
{
    public static string Render(IEnumerable<DemoShop> shops)
    {
        var items = string.Join("\n", shops.Select(shop =>
            $"""    <li><a href="{shop.Path}">{WebUtility.HtmlEncode(shop.PlatformName)}</a>"""
            + (shop.IsStandIn ? " — stand-in" : " — real platform from npm") + "</li>"));

        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>ChatConsent demo pages</title>
              <style>body { font-family: sans-serif; margin: 2rem; max-width: 40rem; }</style>
            </head>
            <body>
              <h1>ChatConsent demo pages</h1>
              <p>Each page is the same small shop on its own origin, embedding the chat with one script tag.</p>
              <ul>
                <li><a href="/demo">No consent platform</a> — the chat's own notice asks before the first
                  message</li>
            {{items}}
              </ul>
              <p>A stand-in imitates only a proprietary platform's documented cookie and JavaScript API.</p>
            </body>
            </html>
            """;
    }
}
