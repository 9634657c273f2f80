using System.Net;

namespace ChatConsent.Demo;

/// <summary>
/// A demo host page: a plain shop page with the one script tag a customer pastes and, on the
/// platform pages, the shop's consent platform loaded in the head before it.
/// </summary>
internal static class DemoPage
{
    public static string Render(Uri serviceUrl, string siteKey, string language, DemoShop? shop = null)
    {
        var script = WebUtility.HtmlEncode(new Uri(serviceUrl, "widget.js").ToString());
        var key = WebUtility.HtmlEncode(siteKey);
        var (title, body) = language == "de"
            ? ("Demo-Kaffeerösterei", "Frisch geröstete Bohnen. Fragen? Der Chat unten rechts hilft.")
            : ("Demo Coffee Roasters", "Freshly roasted beans. Questions? The chat in the corner helps.");

        return $$"""
            <!DOCTYPE html>
            <html lang="{{language}}">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{{title}}{{(shop is null ? "" : " · " + WebUtility.HtmlEncode(shop.PlatformName))}}</title>
              <style>
                body { font-family: Georgia, serif; margin: 0; background: #faf6f0; color: #3b2a1a; }
                header { padding: 2rem; background: #3b2a1a; color: #faf6f0; }
                main { padding: 2rem; max-width: 40rem; }
                nav a, footer a { color: inherit; margin-right: 1rem; }
                footer { padding: 0 2rem 2rem; }
                .platform { padding: .6rem 2rem; background: #e8dcc8; font-family: sans-serif; }
                .platform.stand-in { background: #ffe3e3; border-bottom: 2px dashed #b00; }
              </style>
            {{PlatformHead(shop)}}
            </head>
            <body>
              <header><h1>{{title}}</h1>
                <nav><a href="?lang=en">English</a><a href="?lang=de">Deutsch</a>
                  <a href="/">All demo pages</a></nav>
              </header>
            {{PlatformBanner(shop)}}
              <main><p>{{body}}</p></main>
            {{(shop is null ? "" : SettingsFooter(shop, language))}}
              <script src="{{script}}" data-site="{{key}}" async></script>
            </body>
            </html>
            """;
    }

    // Served from the demo host itself: the consent platform is the shop's own script.
    private static string PlatformHead(DemoShop? shop)
    {
        if (shop is null)
        {
            return "";
        }

        var style = shop.Stylesheet ? $"""  <link rel="stylesheet" href="/assets/{shop.Slug}.css">""" + "\n" : "";
        return style + $"""  <script src="/assets/{shop.Slug}.js"></script>""";
    }

    private static string PlatformBanner(DemoShop? shop)
    {
        if (shop is null)
        {
            return "";
        }

        var name = WebUtility.HtmlEncode(shop.PlatformName);
        return shop.IsStandIn
            ? $"""
                <p class="platform stand-in" data-testid="demo-stand-in"><strong>Stand-in for {name}.</strong>
                  {name} runs only from its vendor's servers or inside WordPress, so this page runs a small
                  imitation of its documented cookie and JavaScript API. It is not {name}.</p>
              """
            : $"""
                <p class="platform">Consent platform: <strong>{name}</strong>, the real library, installed
                  from npm and served by this shop.</p>
              """;
    }

    // Every platform script reopens its banner from this link, like the link in a shop's footer.
    private static string SettingsFooter(DemoShop shop, string language)
    {
        var label = language == "de" ? "Cookie-Einstellungen" : "Cookie settings";
        var linkClass = shop.SettingsLinkClass is { } name ? $" class=\"{WebUtility.HtmlEncode(name)}\"" : "";
        return $"""  <footer><a href="#" data-cookie-settings{linkClass}>{label}</a></footer>""";
    }
}
