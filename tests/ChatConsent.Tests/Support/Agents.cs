using System.Net;
using System.Text.RegularExpressions;
using ChatConsent.Chat;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ChatConsent.Tests.Support;

/// <summary>An agent signed in through the real sign-in page, holding the console's cookie.</summary>
public sealed partial class TestAgent : IAsyncDisposable
{
    private readonly CookieContainer _cookies = new();
    private HubConnection? _connection;

    public Inbox<MessageView> Messages { get; } = new();

    public Inbox<ConversationSummary> Conversations { get; } = new();

    public HubConnection Connection => _connection ?? throw new InvalidOperationException("Not connected.");

    public static async Task<TestAgent> SignInAsync(ChatConsentHost host,
        string email = ChatConsentHost.AgentEmail, string password = ChatConsentHost.AgentPassword)
    {
        var agent = new TestAgent();
        var response = await agent.PostSignInAsync(host, email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        await agent.ConnectAsync(host);
        return agent;
    }

    /// <summary>Fills in and submits the sign-in form as a browser would, antiforgery token included.</summary>
    public async Task<HttpResponseMessage> PostSignInAsync(ChatConsentHost host, string email, string password)
    {
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false })
        {
            BaseAddress = host.BaseAddress,
        };

        var page = await http.GetStringAsync("/agents/signin");
        var antiforgery = AntiforgeryField().Match(page).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = antiforgery,
        });
        var response = await http.PostAsync("/agents/signin", form);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    public Task<MessageAck> SendAsync(Guid conversationId, string text, string? clientMessageId = null) =>
        Connection.InvokeAsync<MessageAck>(nameof(AgentHub.Send),
            new AgentSendRequest(conversationId, clientMessageId ?? Guid.NewGuid().ToString(), text),
            TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    /// <summary>
    /// A connection with this agent's cookie, optionally claiming to come from <paramref name="origin"/>.
    /// </summary>
    public HubConnection Build(ChatConsentHost host, string? origin = null) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(host.BaseAddress, "/hubs/agent"), options =>
            {
                options.Cookies = _cookies;
                if (origin is not null)
                {
                    options.Headers["Origin"] = origin;
                }
            })
            .AddJsonProtocol(json => json.PayloadSerializerOptions = Json.Options)
            .Build();

    private async Task ConnectAsync(ChatConsentHost host)
    {
        _connection = Build(host);
        _connection.On<MessageView>(nameof(IAgentClient.MessageReceived), Messages.Add);
        _connection.On<ConversationSummary>(nameof(IAgentClient.ConversationUpdated), Conversations.Add);
        await _connection.StartAsync(TestContext.Current.CancellationToken);

        // Answered only once the server has joined the connection to the agents' group.
        await _connection.InvokeAsync<List<ConversationSummary>>(nameof(AgentHub.GetConversations),
            TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
