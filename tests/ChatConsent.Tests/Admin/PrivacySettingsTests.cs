using System.Net;
using System.Net.Http.Json;
using System.Text;
using ChatConsent.Admin;
using ChatConsent.Chat;
using ChatConsent.Tests.Support;
using ChatConsent.Visitors;
using ChatConsent.Widget;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatConsent.Tests.Admin;

/// <summary>
/// The privacy settings, changed the way the admin pages change them, observed from the visitor's
/// side.
/// </summary>
public sealed class PrivacySettingsTests : IAsyncLifetime
{
    private const string Probe = "ChatConsentProbe/4.7";
    private const string Page = "https://shop.example/checkout-4711?basket=9";
    private const string Referrer = "https://search.example/q-coffee-beans-4711";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly ChatConsentHost _host;

    public PrivacySettingsTests() => _host = new ChatConsentHost { Clock = _clock };

    public async ValueTask InitializeAsync() => await _host.StartAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(true, null)]
    [InlineData(false, 30L * 24 * 3600)]
    public async Task Cookie_lifetime_reaches_the_widget_as_a_session_cookie_or_days(bool session, long? maxAge)
    {
        await ChangeAsync(form => { form.SessionCookie = session; form.CookieLifetimeDays = 30; });
        using var http = _host.CreateClient();

        var config = await http.GetFromJsonAsync<WidgetConfig>("/api/widget/shop/config", Json.Options,
            TestContext.Current.CancellationToken);

        Assert.Equal(maxAge, config!.Cookie.MaxAgeSeconds);
    }

    [Fact]
    public async Task Without_a_policy_link_the_widget_links_a_privacy_page_made_from_the_real_settings()
    {
        await ChangeAsync(form =>
        {
            form.PrivacyMode = true; form.CookieLifetimeDays = 90; form.RetentionDays = 60;
            form.OperatorContact = "privacy@shop.example";
        });
        using var http = _host.CreateClient();

        var config = await http.GetFromJsonAsync<WidgetConfig>("/api/widget/shop/config?lang=de", Json.Options,
            TestContext.Current.CancellationToken);
        var page = await http.GetStringAsync(config!.Links.PrivacyPolicy, TestContext.Current.CancellationToken);
        await ChangeAsync(form =>
        {
            form.PrivacyPolicyUrl = "https://shop.example/datenschutz";
            form.TermsUrl = "https://shop.example/agb";
        });
        var linked = await http.GetFromJsonAsync<WidgetConfig>("/api/widget/shop/config", Json.Options,
            TestContext.Current.CancellationToken);

        Assert.True(config.Links.BuiltInPrivacyPage);
        Assert.Equal(config.Links.PrivacyPolicy, config.Notice.PrivacyPolicyUrl);
        foreach (var fact in new[]
            { "chatconsent_visitor_shop", "90 Tage", "60 Tage", "1095 Tage", "Datenschutzmodus ist an",
            "privacy@shop.example" })
        {
            Assert.Contains(fact, page, StringComparison.Ordinal);
        }

        Assert.Equal(("https://shop.example/datenschutz", false, "https://shop.example/agb"),
            (linked!.Links.PrivacyPolicy, linked.Links.BuiltInPrivacyPage, linked.Links.Terms));
    }

    [Fact]
    public async Task Shortened_cookie_lifetime_refuses_an_older_identity_at_once()
    {
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        using var http = _host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", visitor.Token);
        _clock.Advance(TimeSpan.FromDays(40));

        var underYear = await http.GetAsync("/api/visitor/shop/conversations", TestContext.Current.CancellationToken);
        await ChangeAsync(form => form.CookieLifetimeDays = 30);
        var underMonth = await http.GetAsync("/api/visitor/shop/conversations", TestContext.Current.CancellationToken);
        var fresh = await TestVisitor.ConsentAsync(_host);
        http.DefaultRequestHeaders.Authorization = new("Bearer", fresh.Token);
        var newcomer = await http.GetAsync("/api/visitor/shop/conversations", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, underYear.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, underMonth.StatusCode);
        Assert.Equal(HttpStatusCode.OK, newcomer.StatusCode);
    }

    [Fact]
    public async Task Privacy_mode_keeps_nothing_but_the_typed_words_in_any_table_or_log()
    {
        await ChangeAsync(form => form.PrivacyMode = true);
        await using var agent = await TestAgent.SignInAsync(_host);

        var ack = await ChatAsync("Typed words survive privacy mode");
        var details = await agent.Connection.InvokeAsync<VisitorDetails>(nameof(AgentHub.GetVisitor),
            ack.ConversationId, TestContext.Current.CancellationToken);
        var stored = await DatabaseTextAsync();

        Assert.Contains("Typed words survive privacy mode", stored, StringComparison.Ordinal);
        foreach (var collected in new[] { Probe, "checkout-4711", "q-coffee-beans-4711", "127.0.0." })
        {
            Assert.DoesNotContain(collected, stored, StringComparison.Ordinal);
        }

        // The log holds the service's own listening address; the visitor's is never logged.
        foreach (var collected in new[] { Probe, "checkout-4711", "q-coffee-beans-4711", "127.0.0.0", "RemoteIp" })
        {
            Assert.DoesNotContain(collected, _host.Logs.All, StringComparison.Ordinal);
        }

        Assert.Equal("site", details.PrivacyMode);
        Assert.Null(details.Browser);
        Assert.Null(details.CurrentPageUrl);
    }

    [Fact]
    public async Task Without_privacy_mode_the_agent_sees_page_referrer_browser_and_the_ip_is_kept_shortened()
    {
        await using var agent = await TestAgent.SignInAsync(_host);

        var ack = await ChatAsync("Where is my order?");
        var details = await agent.Connection.InvokeAsync<VisitorDetails>(nameof(AgentHub.GetVisitor),
            ack.ConversationId, TestContext.Current.CancellationToken);
        var visitor = await _host.WithDbAsync(db =>
            db.Visitors.AsNoTracking().SingleAsync(v => v.Id == details.VisitorId));

        Assert.Null(details.PrivacyMode);
        Assert.Equal(Page, details.CurrentPageUrl);
        Assert.Equal(Referrer, details.Referrer);
        Assert.Equal(Probe, details.Browser);
        Assert.Equal("127.0.0.0", visitor.IpAddress);
        Assert.DoesNotContain(Probe, _host.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Switching_privacy_mode_on_forgets_what_was_collected()
    {
        var ack = await ChatAsync("Before privacy mode");

        await ChangeAsync(form => form.PrivacyMode = true);
        var stored = await DatabaseTextAsync();

        Assert.DoesNotContain("checkout-4711", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(Probe, stored, StringComparison.Ordinal);
        Assert.Contains("Before privacy mode", stored, StringComparison.Ordinal);
        Assert.NotEqual(Guid.Empty, ack.ConversationId);
    }

    [Theory]
    [InlineData("10.1.2.3", "10.1.2.0")]
    [InlineData("2001:db8:85a3:1234:5678:8a2e:370:7334", "2001:db8:85a3::")]
    [InlineData("::ffff:192.168.7.9", "192.168.7.0")]
    public void Ip_addresses_are_shortened_before_they_are_kept(string address, string kept)
    {
        Assert.Equal(kept, VisitorMetadata.Shorten(IPAddress.Parse(address)));
    }

    [Fact]
    public async Task Daily_retention_deletes_exactly_the_conversations_past_their_period_and_keeps_consent_proof()
    {
        await SweptAtStartAsync();
        var expired = await ChatAsync("Old question");
        _clock.Advance(TimeSpan.FromDays(100));
        var recent = await ChatAsync("Newer question");

        _clock.Advance(TimeSpan.FromDays(81));

        // The sweep logs its count when it is done; only then is everything it removes gone.
        await EventuallyAsync(() => Task.FromResult(
            _host.Logs.All.Contains("Retention removed 1 conversations", StringComparison.Ordinal)));
        var left = await _host.WithDbAsync(db => db.Conversations.Select(c => c.Id).ToListAsync());
        var messages = await _host.WithDbAsync(db =>
            db.Messages.CountAsync(m => m.ConversationId == expired.ConversationId));
        var records = await _host.WithDbAsync(db => db.ConsentRecords.CountAsync());
        Assert.Equal([recent.ConversationId], left);
        Assert.Equal(0, messages);
        Assert.Equal(2, records);
        Assert.Equal(1, await _host.WithDbAsync(db => db.Visitors.CountAsync()));
    }

    [Fact]
    public async Task Retention_set_to_keep_deletes_no_conversation_and_consent_records_go_after_their_own_period()
    {
        await SweptAtStartAsync();
        await ChangeAsync(form => { form.KeepConversations = true; form.ConsentRetentionDays = 30; });
        await ChatAsync("Keep me");

        _clock.Advance(TimeSpan.FromDays(31));

        await EventuallyAsync(() => Task.FromResult(
            _host.Logs.All.Contains("Retention removed 0 conversations and 1 consent records",
                StringComparison.Ordinal)));
        Assert.Equal(0, await _host.WithDbAsync(db => db.ConsentRecords.CountAsync()));
        Assert.Equal(1, await _host.WithDbAsync(db => db.Conversations.CountAsync()));
        Assert.Equal(new RetentionResult(0, 0), await RunRetentionAsync());
    }

    [Fact]
    public async Task Every_changed_setting_is_audited_with_who_old_and_new_value()
    {
        await ChangeAsync(form => { form.PrivacyMode = true; form.CookieLifetimeDays = 90; });

        var entries = await _host.WithDbAsync(db =>
            db.AuditEntries.AsNoTracking().OrderBy(e => e.Subject).ToListAsync());

        Assert.Equal(["CookieLifetimeDays", "PrivacyMode"], entries.Select(e => e.Subject));
        Assert.Equal(("365", "90"), (entries[0].OldValue, entries[0].NewValue));
        Assert.Equal(("off", "on"), (entries[1].OldValue, entries[1].NewValue));
        Assert.All(entries, e => Assert.Equal("admin@test", e.ActorName));
    }

    [Fact]
    public async Task Invalid_settings_are_refused_with_a_message_and_change_nothing()
    {
        var failures = await ChangeAsync(form =>
        {
            form.CookieLifetimeDays = 0;
            form.AllowedOrigins = "shop.example/x";
        });
        var config = await _host.CreateClient().GetFromJsonAsync<WidgetConfig>("/api/widget/shop/config", Json.Options,
            TestContext.Current.CancellationToken);

        Assert.Contains(failures, f => f.ErrorMessage == "The cookie lifetime must be 1 to 730 days.");
        Assert.Contains(failures,
            f => f.ErrorMessage!.Contains("'shop.example/x' is not an origin", StringComparison.Ordinal));
        Assert.Equal(365L * 24 * 3600, config!.Cookie.MaxAgeSeconds);
        Assert.Equal(0, await _host.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Tcf_site_needs_a_mapping_and_the_widget_gets_the_one_the_admin_set()
    {
        var unmapped = await ChangeAsync(form =>
        {
            form.ConsentMode = ChatConsent.Sites.ConsentMode.Platform;
            form.ConsentPlatform = ChatConsent.Consent.ConsentPlatform.Tcf;
        });
        var mapped = await ChangeAsync(form =>
        {
            form.ConsentMode = ChatConsent.Sites.ConsentMode.Platform;
            form.ConsentPlatform = ChatConsent.Consent.ConsentPlatform.Tcf;
            form.TcfCustomPurpose = 1;
            form.TcfPublisherPurposes = "1, 7";
        });
        var config = await _host.CreateClient().GetFromJsonAsync<WidgetConfig>("/api/widget/shop/config",
            Json.Options, TestContext.Current.CancellationToken);

        Assert.Contains(unmapped, f => f.ErrorMessage!.StartsWith("An IAB TCF site needs", StringComparison.Ordinal));
        Assert.Empty(mapped);
        Assert.Equal(1, config!.Consent.TcfCustomPurpose);
        Assert.Equal([1, 7], config.Consent.TcfPublisherPurposes);
    }

    private async Task<List<System.ComponentModel.DataAnnotations.ValidationResult>> ChangeAsync(
        Action<SiteSettingsForm> change)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<SiteSettingsEditor>();
        var form = SiteSettingsForm.From((await editor.FindAsync(ChatConsentHost.SiteKey, default))!);
        change(form);
        return await editor.SaveAsync(ChatConsentHost.SiteKey, form, new Actor("admin-id", "admin@test"), default);
    }

    private async Task<MessageAck> ChatAsync(string text)
    {
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var connection = TestVisitor.Build(_host, visitor.Token, headers: new() { ["User-Agent"] = Probe });
        await connection.StartAsync(TestContext.Current.CancellationToken);
        await connection.InvokeAsync(nameof(VisitorHub.ReportPage), new PageReport(Page, Referrer),
            TestContext.Current.CancellationToken);
        var ack = await TestVisitor.SendAsync(connection, text);
        await connection.DisposeAsync();
        return ack;
    }

    private async Task<RetentionResult> RunRetentionAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RetentionSweep>().RunAsync(default);
    }

    // The job starts on a background thread; its first sweep shows that its daily timer runs.
    private Task SweptAtStartAsync() => EventuallyAsync(() => Task.FromResult(
        _host.Logs.All.Contains("Retention removed 0 conversations and 0 consent records", StringComparison.Ordinal)));

    // The retention job runs on the service's own timer; the test moves the clock and waits.
    private async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 300 && !await condition(); attempt++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        var sweeps = _host.Logs.All.Split('\n').Where(line => line.Contains("etention", StringComparison.Ordinal));
        Assert.True(await condition(),
            $"the retention job did not remove what had expired: {string.Join(" | ", sweeps)}");
    }

    // The SQLite file and its write-ahead log as bytes: whatever any table holds is in there.
    private async Task<string> DatabaseTextAsync()
    {
        await _host.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);"));
        SqliteConnection.ClearAllPools();
        var text = new StringBuilder();
        foreach (var file in new[] { _host.DatabaseFile, _host.DatabaseFile + "-wal" }.Where(File.Exists))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream, Encoding.Latin1);
            text.Append(await reader.ReadToEndAsync(TestContext.Current.CancellationToken));
        }

        return text.ToString();
    }
}
