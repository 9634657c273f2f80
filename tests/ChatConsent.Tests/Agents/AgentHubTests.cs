using System.Net;
using ChatConsent.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;

namespace ChatConsent.Tests.Agents;

public sealed class AgentHubTests : IAsyncLifetime
{
    private readonly ChatConsentHost _host = new();

    public async ValueTask InitializeAsync() => await _host.StartAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Agent_hub_refuses_a_caller_who_has_not_signed_in()
    {
        var connection = new HubConnectionBuilder().WithUrl(new Uri(_host.BaseAddress, "/hubs/agent")).Build();

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() =>
            connection.StartAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task Signed_in_agents_cookie_does_not_open_the_agent_hub_from_another_origin()
    {
        await using var agent = await TestAgent.SignInAsync(_host);
        var hijack = agent.Build(_host, origin: "http://shop.localhost:5081");

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() =>
            hijack.StartAsync(TestContext.Current.CancellationToken));
        var own = agent.Build(_host, origin: _host.BaseAddress.GetLeftPart(UriPartial.Authority));
        await own.StartAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HubConnectionState.Connected, own.State);
        await own.DisposeAsync();
    }

    [Fact]
    public async Task Visitor_token_does_not_open_the_agent_hub()
    {
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(_host.BaseAddress, "/hubs/agent"),
                options => options.AccessTokenProvider = () => Task.FromResult<string?>(visitor.Token))
            .Build();

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() =>
            connection.StartAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task Wrong_password_shows_the_form_again_without_a_session()
    {
        await using var agent = new TestAgent();

        var response = await agent.PostSignInAsync(_host, ChatConsentHost.AgentEmail, "not-the-password");
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("E-mail or password is wrong.", page, StringComparison.Ordinal);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies)
            && cookies.Any(c => c.StartsWith("chatconsent_agent=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Signed_in_agent_sees_conversations_with_messages_newest_first()
    {
        await using var agent = await TestAgent.SignInAsync(_host);
        await using var first = await TestVisitor.ConsentAsync(_host);
        await using var second = await TestVisitor.ConsentAsync(_host);
        var (firstTab, _) = await first.ConnectAsync();
        var (secondTab, _) = await second.ConnectAsync();
        var older = await TestVisitor.SendAsync(firstTab, "Older");
        var newer = await TestVisitor.SendAsync(secondTab, "Newer");

        var list = await agent.Connection.InvokeAsync<List<ChatConsent.Chat.ConversationSummary>>(
            "GetConversations", TestContext.Current.CancellationToken);

        Assert.Equal([newer.ConversationId, older.ConversationId], list.Select(c => c.Id));
        Assert.Equal("Newer", list[0].LastMessagePreview);
    }
}
