using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatConsent.Consent;
using ChatConsent.Sites;
using ChatConsent.Tests.Support;
using ChatConsent.Widget;
using Microsoft.EntityFrameworkCore;

namespace ChatConsent.Tests.Consent;

/// <summary>
/// The gate with each consent platform's own cookie on the request, in the real formats browsers
/// send: a grant issues an identity and admits it, a denial refuses and withdraws it, and a
/// malformed value refuses without ending anything.
/// </summary>
public sealed class PlatformGateTests : IAsyncLifetime
{
    private const string Malformed = "%7B%22truncated";
    private readonly ChatConsentHost _host = new();

    public static TheoryData<string, SiteConsentSettings, string, string, string> Platforms() => new()
    {
        {
            "cookiebot", new() { Mode = ConsentMode.Platform, Platform = ConsentPlatform.Cookiebot },
            "CookieConsent=" + CookiebotGranted, "CookieConsent=" + CookiebotGranted.Replace("preferences:true",
                "preferences:false", StringComparison.Ordinal), "CookieConsent={stamp:%27abc"
        },
        {
            "borlabs", new() { Mode = ConsentMode.Platform, Platform = ConsentPlatform.Borlabs },
            "borlabs-cookie=" + Borlabs3Granted, "borlabs-cookie=" + Borlabs3EssentialOnly,
            "borlabs-cookie=" + Malformed
        },
        {
            "klaro", new() { Mode = ConsentMode.Platform, Platform = ConsentPlatform.Klaro, Service = "livechat" },
            "klaro=%7B%22livechat%22%3Atrue%7D", "klaro=%7B%22livechat%22%3Afalse%7D", "klaro=" + Malformed
        },
        {
            "vanilla", new() { Mode = ConsentMode.Platform, Platform = ConsentPlatform.VanillaCookieConsent,
                Category = "functional" },
            "cc_cookie=" + VanillaGranted, "cc_cookie=" + VanillaDenied, "cc_cookie=" + Malformed
        },
        {
            "onetrust", new() { Mode = ConsentMode.Platform, Platform = ConsentPlatform.OneTrust },
            "OptanonConsent=" + OneTrust("C0003%3A1"), "OptanonConsent=" + OneTrust("C0003%3A0"),
            "OptanonConsent=groups=C0003%3Amaybe&interactionCount=1"
        },
        {
            "cookieyes", new() { Mode = ConsentMode.Platform, Platform = ConsentPlatform.CookieYes },
            "cookieyes-consent=" + CookieYes("yes"), "cookieyes-consent=" + CookieYes("no"),
            "cookieyes-consent=consentid:x,action:yes,functional:perhaps"
        },
        {
            "complianz", new() { Mode = ConsentMode.Platform, Platform = ConsentPlatform.Complianz },
            "cmplz_preferences=allow; cmplz_functional=allow", "cmplz_preferences=deny; cmplz_functional=allow",
            "cmplz_preferences=%ZZ"
        },
        {
            "tcf", new() { Mode = ConsentMode.Platform, Platform = ConsentPlatform.Tcf, TcfCustomPurpose = 1 },
            "euconsent-v2=" + TcfCustomPurposeOneGranted, "euconsent-v2=" + TcfCustomPurposeOneDenied,
            "euconsent-v2=CQSbk4AQbB_cANwADCENAwFoAMLAAEEg"
        },
    };

    public async ValueTask InitializeAsync() => await _host.StartAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [MemberData(nameof(Platforms))]
    public async Task Platform_cookie_grants_denies_or_is_undecided_at_negotiate(string siteKey,
        SiteConsentSettings consent, string granted, string denied, string malformed)
    {
        await AddSiteAsync(siteKey, consent);
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false })
        {
            BaseAddress = _host.BaseAddress,
        };

        var issued = await ConsentThroughPlatformAsync(http, siteKey, granted);
        var admitted = await NegotiateAsync(http, siteKey, issued.Token, granted);
        var unreadable = await NegotiateAsync(http, siteKey, issued.Token, malformed);
        var stillAdmitted = await NegotiateAsync(http, siteKey, issued.Token, granted);
        var refused = await NegotiateAsync(http, siteKey, issued.Token, denied);
        var afterWithdrawal = await NegotiateAsync(http, siteKey, issued.Token, granted);
        var records = await RecordsAsync(issued.VisitorId);

        Assert.Equal(HttpStatusCode.OK, admitted.StatusCode);
        await AssertCodeAsync(unreadable, "consent_required");
        Assert.Equal(HttpStatusCode.OK, stillAdmitted.StatusCode);
        await AssertCodeAsync(refused, "consent_denied");
        await AssertCodeAsync(afterWithdrawal, "consent_required");
        Assert.Equal([ConsentAction.Granted, ConsentAction.Withdrawn], records.Select(r => r.Action));
        Assert.All(records, r => Assert.Equal(consent.Platform!.Value switch
        {
            ConsentPlatform.VanillaCookieConsent => "vanilla-cookieconsent",
            var platform => platform.ToString().ToLowerInvariant(),
        }, r.Source));
        Assert.Equal(records[0].Id, records[1].RevokesRecordId);
    }

    [Fact]
    public async Task Platform_that_keeps_its_choice_in_local_storage_is_read_from_forwarded_evidence()
    {
        await AddSiteAsync("uc", new()
        {
            Mode = ConsentMode.Platform,
            Platform = ConsentPlatform.Usercentrics,
            Service = "ChatTplId01"
        });
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false })
        {
            BaseAddress = _host.BaseAddress,
        };
        var evidence = ForwardedEvidence.Encode(new Dictionary<string, string> { ["ucData"] = UsercentricsV3Granted });

        using var request = ConsentRequest("uc", cookie: null);
        request.Headers.Add(ForwardedEvidence.HeaderName, evidence);
        var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var issued = await response.Content.ReadFromJsonAsync<WidgetConsentResponse>(Json.Options,
            TestContext.Current.CancellationToken);
        using var negotiate = new HttpRequestMessage(HttpMethod.Post,
            $"/hubs/visitor/negotiate?site=uc&negotiateVersion=1&{ForwardedEvidence.QueryName}={evidence}");
        negotiate.Headers.Authorization = new("Bearer", issued!.Token);
        var admitted = await http.SendAsync(negotiate, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admitted.StatusCode);
    }

    [Fact]
    public async Task Platform_grant_is_refused_when_the_platform_says_no_and_stores_no_visitor()
    {
        await AddSiteAsync("klaro-no", new() { Mode = ConsentMode.Platform, Platform = ConsentPlatform.Klaro });
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false })
        {
            BaseAddress = _host.BaseAddress,
        };

        var response = await http.SendAsync(ConsentRequest("klaro-no", "klaro=%7B%22chatconsent%22%3Afalse%7D"),
            TestContext.Current.CancellationToken);
        var visitors = await _host.WithDbAsync(db => db.Visitors.CountAsync());

        await AssertCodeAsync(response, "consent_denied");
        Assert.Equal(0, visitors);
    }

    [Fact]
    public async Task Notice_is_not_accepted_on_a_site_that_takes_consent_only_through_its_platform()
    {
        await AddSiteAsync("strict", new() { Mode = ConsentMode.Platform, Platform = ConsentPlatform.Klaro });
        using var http = _host.CreateClient();
        var config = await http.GetFromJsonAsync<WidgetConfig>("/api/widget/strict/config", Json.Options,
            TestContext.Current.CancellationToken);

        var response = await http.PostAsJsonAsync("/api/widget/strict/consent",
            new WidgetConsentRequest(config!.Notice.Version, "en"), Json.Options,
            TestContext.Current.CancellationToken);

        await AssertCodeAsync(response, "consent_required");
    }

    [Fact]
    public async Task Global_privacy_control_under_a_deny_policy_refuses_the_chat()
    {
        await AddSiteAsync("gpc-deny", new() { GpcPolicy = GpcPolicy.Deny });
        using var http = _host.CreateClient();
        var config = await http.GetFromJsonAsync<WidgetConfig>("/api/widget/gpc-deny/config", Json.Options,
            TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/widget/gpc-deny/consent")
        {
            Content = JsonContent.Create(new WidgetConsentRequest(config!.Notice.Version, "en"), options: Json.Options),
        };
        request.Headers.Add("Sec-GPC", "1");

        var response = await http.SendAsync(request, TestContext.Current.CancellationToken);

        await AssertCodeAsync(response, "consent_denied");
    }

    [Fact]
    public async Task Global_privacy_control_by_default_lets_the_visitor_chat_in_privacy_mode()
    {
        using var http = _host.CreateClient();
        var config = await http.GetFromJsonAsync<WidgetConfig>("/api/widget/shop/config", Json.Options,
            TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/widget/shop/consent")
        {
            Content = JsonContent.Create(new WidgetConsentRequest(config!.Notice.Version, "en"), options: Json.Options),
        };
        request.Headers.Add("Sec-GPC", "1");

        var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var issued = await response.Content.ReadFromJsonAsync<WidgetConsentResponse>(Json.Options,
            TestContext.Current.CancellationToken);
        var visitor = await _host.WithDbAsync(db =>
            db.Visitors.AsNoTracking().SingleAsync(v => v.Id == issued!.VisitorId));
        var record = await _host.WithDbAsync(db =>
            db.ConsentRecords.AsNoTracking().SingleAsync(r => r.Id == issued!.ConsentRecordId));

        await using var agent = await TestAgent.SignInAsync(_host);
        await using var chatting = new TestVisitor(_host, issued!.Token, issued.VisitorId);
        var (tab, _) = await chatting.ConnectAsync();
        await TestVisitor.SendAsync(tab, "Hello from a GPC browser");
        var seenByAgent = await agent.Conversations.NextAsync();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("gpc", visitor.PrivacyModeReason);
        Assert.True(record.GlobalPrivacyControl);
        Assert.Equal("gpc", seenByAgent.VisitorPrivacyModeReason);
    }

    [Fact]
    public async Task Withdrawal_from_the_widget_closes_the_open_connection_and_refuses_the_token()
    {
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var (tab, _) = await visitor.ConnectAsync();
        var closed = new TaskCompletionSource();
        tab.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        using var http = _host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", visitor.Token);

        var withdrawn = await http.PostAsync("/api/widget/shop/withdrawal", null,
            TestContext.Current.CancellationToken);
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        var afterwards = await http.GetAsync("/api/visitor/shop/conversations", TestContext.Current.CancellationToken);
        var actions = await _host.WithDbAsync(db => db.ConsentRecords.Where(r => r.VisitorId == visitor.VisitorId)
            .OrderBy(r => r.RecordedAt).Select(r => r.Action).ToListAsync());

        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        await AssertCodeAsync(afterwards, "consent_required");
        Assert.Equal([ConsentAction.Granted, ConsentAction.Withdrawn], actions);
    }

    private async Task AddSiteAsync(string key, SiteConsentSettings consent) => await _host.WithDbAsync(async db =>
    {
        db.Sites.Add(new Site
        {
            Id = Guid.NewGuid(),
            Key = key,
            Name = key,
            Consent = consent,
            CreatedAt = DateTimeOffset.UtcNow
        });
        return await db.SaveChangesAsync();
    });

    private static HttpRequestMessage ConsentRequest(string siteKey, string? cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/widget/{siteKey}/consent")
        {
            Content = JsonContent.Create(new WidgetConsentRequest(null, "en", ConsentSourceKind.Platform),
                options: Json.Options),
        };
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return request;
    }

    private static async Task<WidgetConsentResponse> ConsentThroughPlatformAsync(HttpClient http, string siteKey,
        string cookie)
    {
        var response = await http.SendAsync(ConsentRequest(siteKey, cookie), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<WidgetConsentResponse>(Json.Options))!;
    }

    private static Task<HttpResponseMessage> NegotiateAsync(HttpClient http, string siteKey, string token,
        string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Post,
            $"/hubs/visitor/negotiate?site={siteKey}&negotiateVersion=1");
        request.Headers.Authorization = new("Bearer", token);
        request.Headers.Add("Cookie", cookie);
        return http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private Task<List<ConsentRecord>> RecordsAsync(Guid visitorId) => _host.WithDbAsync(db =>
        db.ConsentRecords.AsNoTracking().Where(r => r.VisitorId == visitorId).OrderBy(r => r.RecordedAt).ToListAsync());

    private static async Task AssertCodeAsync(HttpResponseMessage response, string code)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, problem.RootElement.GetProperty("code").GetString());
    }

    private static string OneTrust(string chatGroup) =>
        "isGpcEnabled=0&datestamp=Mon+Jun+02+2025+10%3A15%3A00+GMT%2B0200&version=202504.1.0"
        + "&consentId=00000000-aaaa-4bbb-8ccc-dddddddddddd&interactionCount=1&isAnonUser=1"
        + $"&groups=C0001%3A1%2CC0002%3A0%2C{chatGroup}%2CC0004%3A0&AwaitingReconsent=false";

    private static string CookieYes(string functional) =>
        $"consentid:U3ludGhldGljQ29uc2VudElk,consent:no,action:yes,necessary:yes,functional:{functional},analytics:no";

    private const string CookiebotGranted =
        "{stamp:%27c3ludGhldGljLXN0YW1wLTAwMDE+QUJDRA==%27%2Cnecessary:true%2Cpreferences:true"
        + "%2Cstatistics:false%2Cmarketing:false%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1735689600000"
        + "%2Cregion:%27de%27}";

    private const string Borlabs3Granted =
        "%7B%22consents%22%3A%7B%22essential%22%3A%5B%22borlabs-cookie%22%5D%2C%22external-media%22%3A%5B"
        + "%22livechat%22%5D%7D%2C%22uid%22%3A%22q7r8s9t0-u1v2w3x4-y5z6a7b8-c9d0e1f2%22%2C%22v3%22%3Atrue"
        + "%2C%22version%22%3A1%7D";

    private const string Borlabs3EssentialOnly =
        "%7B%22consents%22%3A%7B%22essential%22%3A%5B%22borlabs-cookie%22%5D%7D%2C%22uid%22%3A"
        + "%22q7r8s9t0-u1v2w3x4-y5z6a7b8-c9d0e1f2%22%2C%22v3%22%3Atrue%2C%22version%22%3A1%7D";

    private const string VanillaGranted =
        "%7B%22categories%22%3A%5B%22necessary%22%2C%22functional%22%5D%2C%22revision%22%3A0%2C"
        + "%22consentId%22%3A%2200000000-1111-4222-8333-444444444444%22%7D";

    private const string VanillaDenied =
        "%7B%22categories%22%3A%5B%22necessary%22%5D%2C%22revision%22%3A0%2C"
        + "%22consentId%22%3A%2200000000-1111-4222-8333-444444444444%22%7D";

    private const string TcfCustomPurposeOneGranted =
        "CQSbk4AQbB_cANwADCENAwFoAMLAAEEgAAYgAROkICABAAYqAAAA.eAgAAEAAAdQA";

    private const string TcfCustomPurposeOneDenied = "CQSbk4AQbB_cAEsAJDENCMFkAIAAAAAAAACYAAoAAAAA.cAAAAAAAASAA";

    private const string UsercentricsV3Granted =
        "{\"consent\":{\"status\":\"SOME_ACCEPTED\",\"controllerId\":\"ctrl-0001\",\"type\":\"EXPLICIT\"},"
        + "\"services\":{\"ChatTplId01\":{\"name\":\"ChatConsent\","
        + "\"consent\":{\"given\":true,\"type\":\"EXPLICIT\"}}}}";
}
