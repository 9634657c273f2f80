using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatConsent.Tests.Support;
using ChatConsent.Visitors;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace ChatConsent.Tests.Consent;

public sealed class ConsentGateTests : IAsyncLifetime
{
    private readonly ChatConsentHost _host = new();

    public async ValueTask InitializeAsync() => await _host.StartAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Visitor_without_consent_is_refused_at_negotiate_with_consent_required()
    {
        using var http = _host.CreateClient();

        var response = await http.PostAsync("/hubs/visitor/negotiate?site=shop&negotiateVersion=1", null,
            TestContext.Current.CancellationToken);

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "consent_required");
    }

    [Fact]
    public async Task Visitor_without_consent_cannot_connect_with_the_signalr_client()
    {
        var connection = TestVisitor.Build(_host, token: null);

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() =>
            connection.StartAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Unknown_token_is_refused_at_the_visitor_api()
    {
        using var http = _host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", VisitorTokens.Create());

        var response = await http.GetAsync("/api/visitor/shop/conversations", TestContext.Current.CancellationToken);

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "consent_required");
    }

    [Fact]
    public async Task Consent_issues_a_token_that_opens_the_visitor_api_and_stores_only_its_hash()
    {
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        using var http = _host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", visitor.Token);

        var response = await http.GetAsync("/api/visitor/shop/conversations", TestContext.Current.CancellationToken);
        var stored = await _host.WithDbAsync(db => db.VisitorIdentities.AsNoTracking()
            .SingleAsync(i => i.VisitorId == visitor.VisitorId));
        var record = await _host.WithDbAsync(db => db.ConsentRecords.AsNoTracking()
            .SingleAsync(r => r.Id == stored.ConsentRecordId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(VisitorTokens.TryHash(visitor.Token), stored.TokenHash);
        Assert.Equal("notice", record.Source);
        Assert.Equal(ChatConsent.Consent.ConsentAction.Granted, record.Action);
        Assert.False(string.IsNullOrEmpty(record.NoticeVersion));
    }

    [Fact]
    public async Task Consent_to_an_outdated_notice_version_is_refused_and_stores_nothing()
    {
        using var http = _host.CreateClient();

        var response = await http.PostAsJsonAsync("/api/widget/shop/consent",
            new { noticeVersion = "0000000000000000", language = "en" }, TestContext.Current.CancellationToken);
        var records = await _host.WithDbAsync(db => db.ConsentRecords.CountAsync());

        await AssertProblemAsync(response, HttpStatusCode.Conflict, "notice_outdated");
        Assert.Equal(0, records);
    }

    [Fact]
    public async Task Changed_notice_text_asks_again_and_the_new_consent_keeps_the_visitors_conversations()
    {
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var (tab, _) = await visitor.ConnectAsync();
        var ack = await TestVisitor.SendAsync(tab, "Before the change");
        await _host.WithDbAsync(async db =>
        {
            var site = await db.Sites.SingleAsync(s => s.Key == ChatConsentHost.SiteKey);
            site.CookieLifetimeDays = 30;
            return await db.SaveChangesAsync();
        });
        using var http = _host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", visitor.Token);

        var refused = await http.GetAsync("/api/visitor/shop/conversations", TestContext.Current.CancellationToken);
        var config = await http.GetFromJsonAsync<ChatConsent.Widget.WidgetConfig>("/api/widget/shop/config",
            Json.Options, TestContext.Current.CancellationToken);
        var renewed = await http.PostAsJsonAsync("/api/widget/shop/consent",
            new ChatConsent.Widget.WidgetConsentRequest(config!.Notice.Version, "en"), Json.Options,
            TestContext.Current.CancellationToken);
        var issued = await renewed.Content.ReadFromJsonAsync<ChatConsent.Widget.WidgetConsentResponse>(Json.Options,
            TestContext.Current.CancellationToken);
        http.DefaultRequestHeaders.Authorization = new("Bearer", issued!.Token);
        var conversations = await http.GetFromJsonAsync<List<ChatConsent.Chat.ConversationSummary>>(
            "/api/visitor/shop/conversations", Json.Options, TestContext.Current.CancellationToken);

        await AssertProblemAsync(refused, HttpStatusCode.Forbidden, "consent_required");
        Assert.Contains("30 days", string.Join(' ', config.Notice.Paragraphs), StringComparison.Ordinal);
        Assert.Equal(visitor.VisitorId, issued.VisitorId);
        Assert.Equal(ack.ConversationId, Assert.Single(conversations!).Id);
    }

    [Theory]
    [InlineData("{\"noticeVersion\":")]
    [InlineData("")]
    [InlineData("[]")]
    public async Task Unreadable_consent_request_gets_a_problem_with_a_code_and_stores_nothing(string body)
    {
        using var http = _host.CreateClient();

        var response = await http.PostAsync("/api/widget/shop/consent",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);
        var records = await _host.WithDbAsync(db => db.ConsentRecords.CountAsync());

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "invalid_request");
        Assert.Equal(0, records);
    }

    [Theory]
    [InlineData("/api/visitor/shop/conversations/not-a-guid/messages")]
    [InlineData("/api/visitor/shop/nothing")]
    public async Task Path_that_no_endpoint_answers_is_not_found_not_a_missing_site(string path)
    {
        using var http = _host.CreateClient();

        var response = await http.GetAsync(path, TestContext.Current.CancellationToken);

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Wrongly_typed_query_value_is_a_bad_request()
    {
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        using var http = _host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", visitor.Token);

        var response = await http.GetAsync($"/api/visitor/shop/conversations/{Guid.NewGuid()}/messages?after=abc",
            TestContext.Current.CancellationToken);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task Consent_from_a_page_on_a_foreign_origin_is_refused_and_not_recorded()
    {
        using var http = _host.CreateClient();
        var config = await http.GetFromJsonAsync<ChatConsent.Widget.WidgetConfig>("/api/widget/shop/config",
            Json.Options, TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/widget/shop/consent")
        {
            Content = JsonContent.Create(new ChatConsent.Widget.WidgetConsentRequest(config!.Notice.Version, "en"),
                options: Json.Options),
        };
        request.Headers.Add("Origin", "https://evil.example");

        var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var records = await _host.WithDbAsync(db => db.ConsentRecords.CountAsync());

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "origin_not_allowed");
        Assert.Equal(0, records);
    }

    [Fact]
    public async Task Token_of_one_site_does_not_open_another_site()
    {
        await _host.WithDbAsync(async db =>
        {
            db.Sites.Add(new ChatConsent.Sites.Site
            {
                Id = Guid.NewGuid(),
                Key = "other",
                Name = "Other",
                CreatedAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        using var http = _host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", visitor.Token);

        var response = await http.GetAsync("/api/visitor/other/conversations", TestContext.Current.CancellationToken);

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "consent_required");
    }

    [Fact]
    public async Task Hub_connection_from_an_origin_the_site_does_not_allow_is_refused()
    {
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var connection = TestVisitor.Build(_host, visitor.Token, origin: "https://evil.example");

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() =>
            connection.StartAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task WebSocket_handshake_from_a_foreign_origin_is_refused_even_with_a_valid_token()
    {
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(_host.BaseAddress, "/hubs/visitor?site=shop"), options =>
            {
                options.SkipNegotiation = true;
                options.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets;
                options.AccessTokenProvider = () => Task.FromResult<string?>(visitor.Token);
                options.Headers["Origin"] = "https://evil.example";
            })
            .Build();

        var refused = await Record.ExceptionAsync(() => connection.StartAsync(TestContext.Current.CancellationToken));

        Assert.NotNull(refused);
        Assert.Contains("403", refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Visitor_api_answers_cors_only_for_the_sites_origins()
    {
        using var http = _host.CreateClient();

        using var allowed = Preflight(ChatConsentHost.SiteOrigin);
        using var foreign = Preflight("https://evil.example");
        var allowedResponse = await http.SendAsync(allowed, TestContext.Current.CancellationToken);
        var foreignResponse = await http.SendAsync(foreign, TestContext.Current.CancellationToken);

        Assert.Equal(ChatConsentHost.SiteOrigin,
            allowedResponse.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(foreignResponse.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/visitor/shop/conversations");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "authorization");
        return request;
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, problem.RootElement.GetProperty("code").GetString());
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
    }
}
