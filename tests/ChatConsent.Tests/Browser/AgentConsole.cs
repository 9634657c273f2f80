using ChatConsent.Tests.Support;
using Microsoft.Playwright;

namespace ChatConsent.Tests.Browser;

/// <summary>The agent console in its own browser context, signed in through the real form.</summary>
internal static class AgentConsole
{
    public static async Task<IPage> SignInAsync(BrowserSession session)
    {
        var console = await session.NewPageAsync();
        await console.GotoAsync(new Uri(session.Host.BaseAddress, "/agents").ToString());
        await console.Locator("#email").FillAsync(ChatConsentHost.AgentEmail);
        await console.Locator("#password").FillAsync(ChatConsentHost.AgentPassword);
        await console.GetByTestId("signin-submit").ClickAsync();
        await Assertions.Expect(console.Locator("#connection-state")).ToHaveAttributeAsync("data-state", "connected");
        return console;
    }

    public static ILocator Message(IPage console, string text) =>
        console.GetByTestId("message").Filter(new() { HasText = text });
}

/// <summary>A visitor on the demo shop page who agreed to the notice and wrote a first message.</summary>
internal static class ChattingVisitor
{
    public static async Task<IPage> StartAsync(BrowserSession session, string firstMessage)
    {
        var shop = await session.NewPageAsync();
        await shop.GotoAsync(session.DemoPage.ToString());
        await shop.GetByTestId("chatconsent-button").ClickAsync();
        await shop.GetByTestId("chatconsent-accept").ClickAsync();
        await SendAsync(shop, firstMessage);
        return shop;
    }

    public static async Task SendAsync(IPage shop, string text)
    {
        await shop.GetByTestId("chatconsent-input").FillAsync(text);
        await shop.GetByTestId("chatconsent-input").PressAsync("Enter");
        await Assertions.Expect(Message(shop, text)).ToHaveAttributeAsync("data-state", "sent");
    }

    public static ILocator Message(IPage shop, string text) =>
        shop.GetByTestId("chatconsent-message").Filter(new() { HasText = text });
}
