using System.Net.Http.Json;
using ChatConsent.Chat;
using ChatConsent.Widget;
using Microsoft.AspNetCore.SignalR.Client;

namespace ChatConsent.Tests.Support;

/// <summary>A visitor as the widget acts: reads the notice, consents, connects with the token.</summary>
public sealed class TestVisitor(ChatConsentHost host, string token, Guid visitorId) : IAsyncDisposable
{
    private readonly List<HubConnection> _connections = [];

    public string Token { get; } = token;

    public Guid VisitorId { get; } = visitorId;

    public static async Task<TestVisitor> ConsentAsync(ChatConsentHost host, string siteKey = ChatConsentHost.SiteKey)
    {
        using var http = host.CreateClient();
        var config = await http.GetFromJsonAsync<WidgetConfig>($"/api/widget/{siteKey}/config?lang=en", Json.Options);
        var response = await http.PostAsJsonAsync($"/api/widget/{siteKey}/consent",
            new WidgetConsentRequest(config!.Notice.Version, "en"), Json.Options);
        response.EnsureSuccessStatusCode();

        var issued = await response.Content.ReadFromJsonAsync<WidgetConsentResponse>(Json.Options);
        return new TestVisitor(host, issued!.Token, issued.VisitorId);
    }

    /// <summary>A connection like one browser tab; events land in the returned inbox.</summary>
    public async Task<(HubConnection Connection, Inbox<MessageView> Inbox)> ConnectAsync(string? origin = null)
    {
        var connection = Build(host, Token, origin);
        var inbox = new Inbox<MessageView>();
        connection.On<MessageView>(nameof(IVisitorClient.MessageReceived), inbox.Add);
        await connection.StartAsync(TestContext.Current.CancellationToken);

        // The handshake can finish before the server has joined this connection to the visitor's
        // groups; a first call is answered only after that, like a widget loading its history.
        await connection.InvokeAsync<List<ConversationSummary>>(nameof(VisitorHub.GetConversations),
            TestContext.Current.CancellationToken);
        _connections.Add(connection);
        return (connection, inbox);
    }

    public static HubConnection Build(ChatConsentHost host, string? token, string? origin = null,
        string siteKey = ChatConsentHost.SiteKey, Dictionary<string, string>? headers = null) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(host.BaseAddress, $"/hubs/visitor?site={siteKey}"), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult(token);
                if (origin is not null)
                {
                    options.Headers["Origin"] = origin;
                }

                foreach (var (name, value) in headers ?? [])
                {
                    options.Headers[name] = value;
                }
            })
            .Build();

    public static Task<MessageAck> SendAsync(HubConnection connection, string text, Guid? conversationId = null,
        string? clientMessageId = null) =>
        connection.InvokeAsync<MessageAck>(nameof(VisitorHub.Send),
            new VisitorSendRequest(conversationId, clientMessageId ?? Guid.NewGuid().ToString(), text),
            TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }
}
