using System.Net;
using System.Net.Http.Json;
using ChatConsent.Tests.Support;

namespace ChatConsent.Tests.Hosting;

public sealed class ReverseProxyTests
{
    private const int ConsentsPerMinute = 30;

    [Fact]
    public async Task Behind_a_known_proxy_each_visitor_has_a_rate_limit_of_their_own()
    {
        await using var host = await new ChatConsentHost(settings: new Dictionary<string, string?>
        {
            ["Proxy:KnownProxies:0"] = "127.0.0.1",
        }).StartAsync();

        var first = await ConsentStatusesAsync(host, "203.0.113.7", ConsentsPerMinute + 1);
        var second = await ConsentStatusesAsync(host, "198.51.100.20", 1);

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, first.Take(ConsentsPerMinute));
        Assert.Equal(HttpStatusCode.TooManyRequests, first[^1]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, second[0]);
    }

    [Fact]
    public async Task Without_a_known_proxy_a_forwarded_address_is_not_believed()
    {
        await using var host = await new ChatConsentHost().StartAsync();

        await ConsentStatusesAsync(host, "203.0.113.7", ConsentsPerMinute);
        var pretending = await ConsentStatusesAsync(host, "198.51.100.20", 1);

        Assert.Equal(HttpStatusCode.TooManyRequests, pretending[0]);
    }

    private static async Task<List<HttpStatusCode>> ConsentStatusesAsync(ChatConsentHost host, string client,
        int count)
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post,
                $"/api/widget/{ChatConsentHost.SiteKey}/consent")
            {
                Content = JsonContent.Create(new { noticeVersion = "outdated", language = "en" }),
            };
            request.Headers.Add("X-Forwarded-For", client);
            using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }
}
