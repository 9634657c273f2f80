using System.Net;

namespace ChatConsent.Demo;

/// <summary>The demo host page: a plain shop page with the one script tag a customer pastes.</summary>
internal static class DemoPage
{
    public static string Render(Uri serviceUrl, string siteKey, string language)
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
              <title>{{title}}</title>
              <style>
                body { font-family: Georgia, serif; margin: 0; background: #faf6f0; color: #3b2a1a; }
                header { padding: 2rem; background: #3b2a1a; color: #faf6f0; }
                main { padding: 2rem; max-width: 40rem; }
                nav a { color: inherit; margin-right: 1rem; }
              </style>
            </head>
            <body>
              <header><h1>{{title}}</h1>
                <nav><a href="?lang=en">English</a><a href="?lang=de">Deutsch</a></nav>
              </header>
              <main><p>{{body}}</p></main>
              <script src="{{script}}" data-site="{{key}}" async></script>
            </body>
            </html>
            """;
    }
}
