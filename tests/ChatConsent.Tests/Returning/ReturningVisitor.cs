using System.Net.Http.Headers;
using System.Net.Http.Json;
using ChatConsent.Returning;
using ChatConsent.Tests.Support;
using ChatConsent.Widget;
using Microsoft.EntityFrameworkCore;

namespace ChatConsent.Tests.Returning;

/// <summary>What the widget sends to leave an address, ask for a link and press the continue button.</summary>
public static class ReturningVisitor
{
    public static async Task<HttpResponseMessage> LeaveEmailAsync(ChatConsentHost host, string token, string email,
        string siteKey = ChatConsentHost.SiteKey)
    {
        using var http = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/visitor/{siteKey}/email")
        {
            Content = JsonContent.Create(new LeaveEmailRequest(email), options: Json.Options),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        await response.Content.LoadIntoBufferAsync(TestContext.Current.CancellationToken);
        return response;
    }

    public static async Task<HttpResponseMessage> RequestLinkAsync(ChatConsentHost host, string email,
        string siteKey = ChatConsentHost.SiteKey)
    {
        using var http = host.CreateClient();
        var response = await http.PostAsJsonAsync($"/api/widget/{siteKey}/continue/request",
            new LinkRequest(email, null), Json.Options, TestContext.Current.CancellationToken);
        await response.Content.LoadIntoBufferAsync(TestContext.Current.CancellationToken);
        return response;
    }

    /// <summary>The button press: the link's token with the notice the continue view showed.</summary>
    public static async Task<HttpResponseMessage> ContinueAsync(ChatConsentHost host, string token,
        string siteKey = ChatConsentHost.SiteKey, string? noticeVersion = null, string? origin = null)
    {
        using var http = host.CreateClient();
        var config = await http.GetFromJsonAsync<WidgetConfig>($"/api/widget/{siteKey}/config?lang=en",
            Json.Options, TestContext.Current.CancellationToken);
        if (origin is not null)
        {
            http.DefaultRequestHeaders.Add("Origin", origin);
        }

        var response = await http.PostAsJsonAsync($"/api/widget/{siteKey}/continue",
            new ContinueRequest(token, noticeVersion ?? config!.Notice.Version, "en"), Json.Options,
            TestContext.Current.CancellationToken);
        await response.Content.LoadIntoBufferAsync(TestContext.Current.CancellationToken);
        return response;
    }

    public static async Task<ContinueResponse> ContinuedAsync(HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ContinueResponse>(Json.Options,
            TestContext.Current.CancellationToken))!;
    }

    public static async Task<string?> ProblemCodeAsync(HttpResponseMessage response)
    {
        using var json = await System.Text.Json.JsonDocument.ParseAsync(
            await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken),
            cancellationToken: TestContext.Current.CancellationToken);
        return json.RootElement.GetProperty("code").GetString();
    }

    /// <summary>Arranges a visitor whose address is confirmed, without the mail round trip.</summary>
    public static Task SetConfirmedAsync(ChatConsentHost host, Guid visitorId, string email) =>
        host.WithDbAsync(db => db.Visitors.Where(v => v.Id == visitorId).ExecuteUpdateAsync(set => set
            .SetProperty(v => v.Email, email)
            .SetProperty(v => v.EmailConfirmedAt, DateTimeOffset.UtcNow), TestContext.Current.CancellationToken));

    /// <summary>A visitor who consented, wrote, left the address and confirmed it with the mailed link.</summary>
    public static async Task<(TestVisitor Visitor, Guid ConversationId)> ConfirmedAsync(ChatConsentHost host,
        TestSmtpServer smtp, string email, string firstMessage = "Where is my order?")
    {
        var visitor = await TestVisitor.ConsentAsync(host);
        var (tab, _) = await visitor.ConnectAsync();
        var ack = await TestVisitor.SendAsync(tab, firstMessage);
        (await LeaveEmailAsync(host, visitor.Token, email)).EnsureSuccessStatusCode();
        var confirmation = await smtp.Mails.NextAsync();
        var continued = await ContinuedAsync(await ContinueAsync(host, TestSmtpServer.TokenIn(confirmation)));
        await visitor.DisposeAsync();
        return (new TestVisitor(host, continued.Token, continued.VisitorId), ack.ConversationId);
    }
}
