using ChatConsent.Tests.Support;
using Microsoft.Playwright;

namespace ChatConsent.Tests.Browser;

public sealed class LiveSignalsBrowserTests : IAsyncLifetime
{
    private BrowserSession _session = null!;

    public async ValueTask InitializeAsync() => _session = await BrowserSession.StartAsync();

    public async ValueTask DisposeAsync() => await _session.DisposeAsync();

    [Fact]
    public async Task Typing_shows_in_the_console_while_the_visitor_types_and_in_the_widget_while_the_agent_types()
    {
        var console = await AgentConsole.SignInAsync(_session);
        var shop = await ChattingVisitor.StartAsync(_session, "Hello there");
        await console.GetByTestId("conversation-item").ClickAsync();
        await Assertions.Expect(AgentConsole.Message(console, "Hello there")).ToBeVisibleAsync();
        var consoleTyping = console.GetByTestId("typing-indicator");
        var widgetTyping = shop.GetByTestId("chatconsent-typing");
        await Assertions.Expect(consoleTyping).ToBeHiddenAsync();

        await shop.GetByTestId("chatconsent-input").PressSequentiallyAsync("Which beans do");
        await Assertions.Expect(consoleTyping).ToHaveTextAsync("Visitor is typing…");
        await Assertions.Expect(console.GetByTestId("conversation-item")).ToHaveAttributeAsync("data-typing", "");
        await Assertions.Expect(consoleTyping).ToBeHiddenAsync();
        await Assertions.Expect(console.GetByTestId("conversation-item")).Not.ToHaveAttributeAsync("data-typing", "");
        await console.Locator("#reply-text").PressSequentiallyAsync("Let me check");
        await Assertions.Expect(widgetTyping).ToHaveTextAsync("Alex from Support is typing…");

        await console.Locator("#reply-text").PressAsync("Enter");
        await Assertions.Expect(ChattingVisitor.Message(shop, "Let me check")).ToBeVisibleAsync();
        await Assertions.Expect(widgetTyping).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Closed_widget_counts_unread_replies_and_each_side_sees_what_the_other_has_read()
    {
        var console = await AgentConsole.SignInAsync(_session);
        var shop = await ChattingVisitor.StartAsync(_session, "Is the grinder in stock?");
        var button = shop.GetByTestId("chatconsent-button");
        var badge = shop.GetByTestId("chatconsent-unread");

        await console.GetByTestId("conversation-item").ClickAsync();
        var readMark = ChattingVisitor.Message(shop, "Is the grinder in stock?").GetByTestId("chatconsent-read");
        await Assertions.Expect(readMark).ToHaveTextAsync("Read");
        await shop.GetByTestId("chatconsent-input").PressAsync("Escape");
        await Assertions.Expect(button).ToBeFocusedAsync();

        await SendReplyAsync(console, "Yes, two left.");
        await SendReplyAsync(console, "Shall I reserve one?");
        await Assertions.Expect(badge).ToHaveTextAsync("2");
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-label", "Open chat (2 new replies)");
        await Assertions.Expect(console.GetByTestId("visitor-read-mark")).ToHaveCountAsync(0);

        await button.PressAsync("Enter");
        await Assertions.Expect(shop.GetByTestId("chatconsent-input")).ToBeFocusedAsync();
        var seen = AgentConsole.Message(console, "Shall I reserve one?").GetByTestId("visitor-read-mark");
        await Assertions.Expect(seen).ToHaveTextAsync("Seen by the visitor");
        await shop.GetByTestId("chatconsent-close").ClickAsync();
        await Assertions.Expect(badge).ToBeHiddenAsync();
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-label", "Open chat");
    }

    [Fact]
    public async Task Console_unread_count_and_title_come_from_the_server_and_survive_a_reload()
    {
        var console = await AgentConsole.SignInAsync(_session);
        var shop = await ChattingVisitor.StartAsync(_session, "First question");
        var item = console.GetByTestId("conversation-item");
        await Assertions.Expect(item.Locator(".unread")).ToContainTextAsync("1");
        await ChattingVisitor.SendAsync(shop, "Second question");
        await Assertions.Expect(item.Locator(".unread")).ToContainTextAsync("2");
        await Assertions.Expect(console).ToHaveTitleAsync("(2) Conversations · ChatConsent");

        await console.ReloadAsync();
        await Assertions.Expect(item.Locator(".unread")).ToContainTextAsync("2");
        await Assertions.Expect(console).ToHaveTitleAsync("(2) Conversations · ChatConsent");
        await item.ClickAsync();
        await Assertions.Expect(console).ToHaveTitleAsync("Conversations · ChatConsent");
        await console.GotoAsync(new Uri(_session.Host.BaseAddress, "/agents").ToString());

        await Assertions.Expect(console.GetByTestId("conversation-item")).ToHaveCountAsync(1);
        await Assertions.Expect(console.GetByTestId("conversation-item").Locator(".unread")).ToHaveCountAsync(0);
        await Assertions.Expect(console).ToHaveTitleAsync("Conversations · ChatConsent");
    }

    [Fact]
    public async Task Background_console_notifies_of_a_new_conversation_and_remembers_the_agents_switches()
    {
        var console = await AgentConsole.SignInAsync(_session);
        await console.Context.GrantPermissionsAsync(["notifications"]);
        await console.EvaluateAsync(BackgroundTabWithNotificationLog);
        await console.GetByTestId("alert-notifications").CheckAsync();
        await console.GetByTestId("alert-sound").UncheckAsync();

        await ChattingVisitor.StartAsync(_session, "Anyone awake?");
        await console.WaitForFunctionAsync("() => window.shownNotifications.length > 0");
        var title = await console.EvaluateAsync<string>("() => window.shownNotifications[0].title");
        var body = await console.EvaluateAsync<string>("() => window.shownNotifications[0].body");
        await console.ReloadAsync();

        Assert.Equal("New conversation · A new visitor", title);
        Assert.Equal("Anyone awake?", body);
        await Assertions.Expect(console.GetByTestId("alert-notifications")).ToBeCheckedAsync();
        await Assertions.Expect(console.GetByTestId("alert-sound")).Not.ToBeCheckedAsync();
    }

    // The console's tab made to look hidden, and every notification it shows written down.
    private const string BackgroundTabWithNotificationLog = """
        () => {
          window.shownNotifications = [];
          Object.defineProperty(document, 'visibilityState', { get: () => 'hidden', configurable: true });
          const Real = window.Notification;
          window.Notification = class extends Real {
            constructor(title, options) {
              super(title, options);
              window.shownNotifications.push({ title, body: options.body });
            }
          };
        }
        """;

    [Fact]
    public async Task Navigating_the_site_keeps_the_conversation_and_whether_the_panel_was_open()
    {
        var shop = await ChattingVisitor.StartAsync(_session, "Remember me on the next page");
        var panel = shop.GetByTestId("chatconsent-panel");

        await shop.GetByRole(AriaRole.Link, new() { Name = "Deutsch" }).ClickAsync();
        await Assertions.Expect(shop.Locator("html")).ToHaveAttributeAsync("lang", "de");
        await Assertions.Expect(panel).ToBeVisibleAsync();
        await Assertions.Expect(ChattingVisitor.Message(shop, "Remember me on the next page")).ToBeVisibleAsync();

        await shop.GetByTestId("chatconsent-close").ClickAsync();
        await shop.ReloadAsync();
        await Assertions.Expect(shop.GetByTestId("chatconsent-button")).ToBeVisibleAsync();
        await Assertions.Expect(panel).ToBeHiddenAsync();
        await shop.GetByTestId("chatconsent-button").ClickAsync();
        await Assertions.Expect(ChattingVisitor.Message(shop, "Remember me on the next page")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Open_widget_has_no_serious_or_critical_accessibility_violation()
    {
        var console = await AgentConsole.SignInAsync(_session);
        var shop = await ChattingVisitor.StartAsync(_session, "Can I pay by invoice?");
        await console.GetByTestId("conversation-item").ClickAsync();
        await SendReplyAsync(console, "Yes, for orders above 50 euros.");
        await console.Locator("#reply-text").PressSequentiallyAsync("Anything else");
        await Assertions.Expect(shop.GetByTestId("chatconsent-typing")).ToBeVisibleAsync();
        await Assertions.Expect(shop.GetByTestId("chatconsent-read").First).ToBeVisibleAsync();

        await Accessibility.ExpectNoSeriousViolationsAsync(shop, "#chatconsent-root");
    }

    [Fact]
    public async Task Agent_console_has_no_serious_or_critical_accessibility_violation()
    {
        var console = await AgentConsole.SignInAsync(_session);
        var shop = await ChattingVisitor.StartAsync(_session, "Do you deliver on Saturdays?");
        await console.GetByTestId("conversation-item").ClickAsync();
        await SendReplyAsync(console, "We do, in the city.");
        await shop.GetByTestId("chatconsent-input").PressSequentiallyAsync("Great, and");
        await Assertions.Expect(console.GetByTestId("typing-indicator")).ToBeVisibleAsync();
        await Assertions.Expect(console.GetByTestId("visitor-consent")).ToBeVisibleAsync();

        await Accessibility.ExpectNoSeriousViolationsAsync(console, null);
    }

    private static async Task SendReplyAsync(IPage console, string text)
    {
        await console.Locator("#reply-text").FillAsync(text);
        await console.Locator("#reply-text").PressAsync("Enter");
        await Assertions.Expect(AgentConsole.Message(console, text)).Not.ToHaveAttributeAsync("data-pending", "true");
    }
}
