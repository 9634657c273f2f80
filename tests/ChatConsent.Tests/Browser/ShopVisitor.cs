using ChatConsent.Tests.Support;
using Microsoft.Playwright;

namespace ChatConsent.Tests.Browser;

/// <summary>
/// A visitor on one of the demo shop pages: the widget's controls, what the browser holds, and the
/// visitor hub's WebSockets, watched from the browser's side so that a closed connection is seen
/// the way the visitor's browser sees it.
/// </summary>
public sealed class ShopVisitor
{
    /// <summary>Every site's identity cookie starts so; the site key follows.</summary>
    public const string VisitorCookiePrefix = "chatconsent_visitor_";

    /// <summary>The identity cookie of the test site.</summary>
    public const string TestSiteCookie = VisitorCookiePrefix + ChatConsentHost.SiteKey;

    public static bool IsVisitorCookie(BrowserContextCookiesResult cookie) =>
        cookie.Name.StartsWith(VisitorCookiePrefix, StringComparison.Ordinal);

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly List<IWebSocket> _hubSockets = [];

    private ShopVisitor(IPage page) => Page = page;

    public IPage Page { get; }

    public ILocator ChatButton => Page.GetByTestId("chatconsent-button");

    public ILocator Input => Page.GetByTestId("chatconsent-input");

    /// <param name="globalPrivacyControl">
    /// Send Global Privacy Control the way a browser with it switched on does: the <c>Sec-GPC</c>
    /// header on every request and <c>navigator.globalPrivacyControl</c> for scripts.
    /// </param>
    public static async Task<ShopVisitor> OpenAsync(BrowserSession session, string slug,
        bool globalPrivacyControl = false)
    {
        var options = new BrowserNewContextOptions();
        if (globalPrivacyControl)
        {
            options.ExtraHTTPHeaders = new Dictionary<string, string> { ["Sec-GPC"] = "1" };
        }

        var page = await session.NewPageAsync(options);
        if (globalPrivacyControl)
        {
            await page.Context.AddInitScriptAsync("""
                Object.defineProperty(Navigator.prototype, 'globalPrivacyControl',
                  { get: () => true, configurable: true });
                """);
        }

        var visitor = new ShopVisitor(page);
        page.WebSocket += (_, socket) =>
        {
            if (socket.Url.Contains("/hubs/visitor", StringComparison.Ordinal))
            {
                lock (visitor._hubSockets)
                {
                    visitor._hubSockets.Add(socket);
                }
            }
        };

        await page.GotoAsync(session.ShopPage(slug).ToString());

        // A marker on this document: still there later means the page was never reloaded.
        await page.EvaluateAsync("() => { window.chatconsentTestDocument = true; }");
        return visitor;
    }

    public Task ExpectButtonAsync(string consent) =>
        Assertions.Expect(ChatButton).ToHaveAttributeAsync("data-consent", consent);

    public async Task OpenChatAsync()
    {
        await ChatButton.ClickAsync();
        await Input.WaitForAsync();
    }

    /// <summary>Sends a message and waits until the widget shows it as the visitor's.</summary>
    public async Task SendAsync(string text)
    {
        await Input.FillAsync(text);
        await Page.GetByTestId("chatconsent-send").ClickAsync();
        var message = Page.GetByTestId("chatconsent-message").Filter(new() { HasText = text });
        await Assertions.Expect(message).ToHaveAttributeAsync("data-sender", "visitor");
    }

    public async Task<bool> HasVisitorCookieAsync() =>
        (await Page.Context.CookiesAsync()).Any(IsVisitorCookie);

    /// <summary>Entries the widget could have left in web storage; the platform's own do not count.</summary>
    public Task<int> WidgetStorageEntriesAsync() => Page.EvaluateAsync<int>("""
        () => [...Object.keys(localStorage), ...Object.keys(sessionStorage)]
          .filter(key => key.toLowerCase().startsWith('chatconsent')).length
        """);

    public Task<bool> IsSameDocumentAsync() =>
        Page.EvaluateAsync<bool>("() => window.chatconsentTestDocument === true");

    public int HubSocketCount
    {
        get
        {
            lock (_hubSockets)
            {
                return _hubSockets.Count;
            }
        }
    }

    public async Task ExpectHubConnectionsClosedAsync()
    {
        Assert.True(HubSocketCount > 0, "the widget never opened a WebSocket to the visitor hub");
        await EventuallyAsync(() => Task.FromResult(OpenHubSockets() == 0),
            "the visitor hub's WebSocket is still open");
    }

    public Task ExpectNoVisitorCookieAsync() =>
        EventuallyAsync(async () => !await HasVisitorCookieAsync(), "the chat's identity cookie is still there");

    /// <summary>Waits for something the browser or the service does in its own time.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string failure)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(100);
        }
    }

    private int OpenHubSockets()
    {
        lock (_hubSockets)
        {
            return _hubSockets.Count(socket => !socket.IsClosed);
        }
    }
}
