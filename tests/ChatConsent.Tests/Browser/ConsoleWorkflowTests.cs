using ChatConsent.Admin;
using ChatConsent.Chat;
using ChatConsent.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChatConsent.Tests.Browser;

public sealed class ConsoleWorkflowTests : IAsyncLifetime
{
    private const string SamEmail = "sam@shop.example";
    private BrowserSession _session = null!;

    public async ValueTask InitializeAsync()
    {
        _session = await BrowserSession.StartAsync();
        await TestAgentAccounts.CreateAsync(_session.Host, SamEmail, "Sam");
    }

    public async ValueTask DisposeAsync() => await _session.DisposeAsync();

    [Fact]
    public async Task Agent_takes_a_conversation_from_the_queue_and_it_is_gone_from_a_colleagues_queue()
    {
        var alex = await SignedInConsoleAsync(ChatConsentHost.AgentEmail, ChatConsentHost.AgentPassword);
        var sam = await SignedInConsoleAsync(SamEmail, TestAgentAccounts.Password);
        await using var visitor = await TestVisitor.ConsentAsync(_session.Host);
        var (tab, _) = await visitor.ConnectAsync();
        await TestVisitor.SendAsync(tab, "Can someone help me choose a grinder?");
        var inSamsQueue = sam.GetByTestId("conversation-item");
        await Assertions.Expect(inSamsQueue).ToHaveCountAsync(1);

        await alex.GetByTestId("conversation-item").ClickAsync();
        await alex.GetByTestId("conversation-take").ClickAsync();

        await Assertions.Expect(alex.GetByTestId("assignment-state")).ToHaveTextAsync("Assigned to you");
        await Assertions.Expect(inSamsQueue).ToHaveCountAsync(0);
        await Assertions.Expect(sam.Locator("#no-conversations")).ToBeVisibleAsync();
        await sam.GetByTestId("tab-mine").ClickAsync();
        await Assertions.Expect(sam.Locator("#no-conversations")).ToContainTextAsync("No open conversation");
    }

    [Fact]
    public async Task Agent_inserts_a_saved_reply_by_its_key_and_adds_a_note_that_the_visitor_never_sees()
    {
        await SaveReplyAsync("shipping", "We ship within two working days.");
        var console = await SignedInConsoleAsync(ChatConsentHost.AgentEmail, ChatConsentHost.AgentPassword);
        var shop = await OpenDemoChatAsync();
        await shop.GetByTestId("chatconsent-input").FillAsync("When does my order arrive?");
        await shop.GetByTestId("chatconsent-send").ClickAsync();
        await console.GetByTestId("conversation-item").ClickAsync();

        var reply = console.Locator("#reply-text");
        await reply.PressSequentiallyAsync("Hello! /ship");
        await Assertions.Expect(console.GetByTestId("saved-reply-option")).ToHaveCountAsync(1);
        await reply.PressAsync("Enter");
        await Assertions.Expect(reply).ToHaveValueAsync("Hello! We ship within two working days.");
        await console.GetByTestId("reply-send").ClickAsync();
        await console.GetByTestId("note-toggle").ClickAsync();
        await console.GetByTestId("note-text").FillAsync("Asked about order 1234 before");
        await console.GetByTestId("note-add").ClickAsync();

        var note = console.GetByTestId("note");
        await Assertions.Expect(note).ToContainTextAsync("Internal note");
        await Assertions.Expect(note).ToContainTextAsync("Asked about order 1234 before");
        var answer = shop.GetByTestId("chatconsent-message").Filter(new() { HasText = "two working days" });
        await Assertions.Expect(answer).ToBeVisibleAsync();
        await Assertions.Expect(shop.GetByText("order 1234")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Widget_invites_to_leave_a_message_while_no_agent_is_online_and_says_so_when_one_comes()
    {
        var shop = await OpenDemoChatAsync();
        var availability = shop.GetByTestId("chatconsent-availability");
        await Assertions.Expect(availability).ToContainTextAsync("Leave a message");
        await Assertions.Expect(shop.GetByTestId("chatconsent-input")).ToHaveAttributeAsync("placeholder",
            "Leave a message…");

        var console = await SignedInConsoleAsync(SamEmail, TestAgentAccounts.Password);

        await Assertions.Expect(availability).ToContainTextAsync("We are online");
        await console.GetByTestId("presence").SelectOptionAsync("away");
        await Assertions.Expect(availability).ToContainTextAsync("Leave a message");
    }

    [Fact]
    public async Task Widget_asks_for_an_address_after_the_first_message_while_nobody_is_online()
    {
        var shop = await OpenDemoChatAsync();
        await Assertions.Expect(shop.GetByTestId("chatconsent-availability")).ToContainTextAsync("Leave a message");

        await shop.GetByTestId("chatconsent-input").FillAsync("Do you ship on Saturdays?");
        await shop.GetByTestId("chatconsent-input").PressAsync("Enter");

        var card = shop.GetByTestId("chatconsent-email-prompt");
        await Assertions.Expect(card).ToContainTextAsync("Nobody is online right now");
        await Assertions.Expect(shop.GetByTestId("chatconsent-input")).ToBeFocusedAsync();
    }

    /// <summary>The demo shop with the chat open after agreeing to the notice.</summary>
    private async Task<IPage> OpenDemoChatAsync()
    {
        var shop = await _session.NewPageAsync();
        await shop.GotoAsync(_session.DemoPage.ToString());
        await shop.GetByTestId("chatconsent-button").ClickAsync();
        await shop.GetByTestId("chatconsent-accept").ClickAsync();
        await shop.GetByTestId("chatconsent-input").WaitForAsync();
        return shop;
    }

    private async Task SaveReplyAsync(string key, string text)
    {
        await using var scope = _session.Host.Services.CreateAsyncScope();
        var siteId = await _session.Host.WithDbAsync(db =>
            db.Sites.Where(s => s.Key == ChatConsentHost.SiteKey).Select(s => s.Id).FirstAsync());
        await scope.ServiceProvider.GetRequiredService<CannedResponses>()
            .SaveAsync(siteId, null, key, text, new Actor("admin", "admin"), TestContext.Current.CancellationToken);
    }

    private async Task<IPage> SignedInConsoleAsync(string email, string password)
    {
        var console = await _session.NewPageAsync();
        await console.GotoAsync(new Uri(_session.Host.BaseAddress, "/agents").ToString());
        await console.Locator("#email").FillAsync(email);
        await console.Locator("#password").FillAsync(password);
        await console.GetByTestId("signin-submit").ClickAsync();
        await Assertions.Expect(console.Locator("#connection-state")).ToHaveAttributeAsync("data-state", "connected");
        return console;
    }
}
