using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChatConsent.Admin;
using ChatConsent.Agents;
using ChatConsent.Tests.Support;
using ChatConsent.Widget;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatConsent.Tests.Admin;

public sealed partial class AdminPagesTests : IAsyncLifetime
{
    private const string SettingsPage = "/admin/sites/shop";
    private const string SettingsForm = "#site-settings";

    private ChatConsentHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await new ChatConsentHost().StartAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Agent_without_the_admin_role_cannot_open_the_admin_pages()
    {
        await CreateAgentAsync("plain@shop.example", "plain-agent-password");
        using var agent = await AdminClient.SignInAsync(_host, "plain@shop.example", "plain-agent-password");

        foreach (var path in new[] { "/admin", SettingsPage, "/admin/visitors", "/admin/audit" })
        {
            var response = await agent.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/admin/denied", response.Headers.Location!.PathAndQuery);

            var denied = await agent.GetAsync(response.Headers.Location.ToString());
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        }

        Assert.DoesNotContain("href=\"/admin\"", await agent.PageAsync("/agents"));
    }

    [Fact]
    public async Task Admin_switches_to_a_session_cookie_and_the_widget_and_the_audit_log_show_it()
    {
        using var admin = await AdminClient.SignInAsync(_host);
        Assert.Equal((long)TimeSpan.FromDays(365).TotalSeconds, await CookieMaxAgeAsync());

        var saved = await admin.SubmitAsync(SettingsPage, SettingsForm, new() { ["SessionCookie"] = "true" });
        var page = await admin.FollowAsync(saved);

        Assert.Contains("data-testid=\"settings-saved\"", page);
        Assert.Null(await CookieMaxAgeAsync());
        var entry = Assert.Single(await AuditEntriesAsync());
        Assert.Equal(("setting_changed", "CookieLifetimeDays", "365", "session"),
            (entry.Action, entry.Subject, entry.OldValue, entry.NewValue));
        Assert.Equal(ChatConsentHost.AgentEmail, entry.ActorName);
        Assert.Contains("CookieLifetimeDays", await admin.PageAsync("/admin/audit"));
    }

    [Fact]
    public async Task Admin_sets_a_cookie_lifetime_in_days_and_privacy_mode_which_apply_at_once()
    {
        using var admin = await AdminClient.SignInAsync(_host);

        var saved = await admin.SubmitAsync(SettingsPage, SettingsForm, new()
        {
            ["CookieLifetimeDays"] = "30",
            ["PrivacyMode"] = "true",
        });
        await admin.FollowAsync(saved);

        Assert.Equal((long)TimeSpan.FromDays(30).TotalSeconds, await CookieMaxAgeAsync());
        Assert.True((await SiteAsync()).PrivacyMode);
        Assert.Equal(["CookieLifetimeDays", "PrivacyMode"], (await AuditEntriesAsync()).Select(e => e.Subject).Order());
    }

    [Theory]
    [InlineData("CookieLifetimeDays", "0", "The cookie lifetime must be 1 to 730 days.")]
    [InlineData("CookieLifetimeDays", "731", "The cookie lifetime must be 1 to 730 days.")]
    [InlineData("AllowedOrigins", "https://shop.example/checkout", "is not an origin such as https://shop.example")]
    [InlineData("PrivacyPolicyUrl", "not a link", "Privacy policy link")]
    public async Task Invalid_setting_is_refused_with_a_message_beside_the_field_and_nothing_changes(
        string field, string value, string message)
    {
        using var admin = await AdminClient.SignInAsync(_host);

        var response = await admin.SubmitAsync(SettingsPage, SettingsForm, new()
        {
            [field] = value,
            ["SessionCookie"] = "true",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains(message, FieldError(page, field));
        Assert.DoesNotContain("data-testid=\"settings-saved\"", page);
        Assert.Equal((long)TimeSpan.FromDays(365).TotalSeconds, await CookieMaxAgeAsync());
        Assert.Empty(await AuditEntriesAsync());
        Assert.Equal([ChatConsentHost.SiteOrigin], (await SiteAsync()).AllowedOrigins);
    }

    [Fact]
    public async Task Every_invalid_field_is_named_at_once()
    {
        using var admin = await AdminClient.SignInAsync(_host);

        var response = await admin.SubmitAsync(SettingsPage, SettingsForm, new()
        {
            ["CookieLifetimeDays"] = "0",
            ["AllowedOrigins"] = "https://shop.example/checkout",
        });

        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("The cookie lifetime must be 1 to 730 days.", FieldError(page, "CookieLifetimeDays"));
        Assert.Contains("is not an origin", FieldError(page, "AllowedOrigins"));
    }

    [Fact]
    public async Task Admin_adds_a_site_whose_widget_answers_at_once_and_a_taken_key_is_refused()
    {
        using var admin = await AdminClient.SignInAsync(_host);

        var added = await admin.SubmitAsync("/admin", "#new-site",
            new() { ["NewSite.Key"] = "corner-bakery", ["NewSite.Name"] = "Corner Bakery" });
        var settings = await admin.FollowAsync(added);
        var config = await _host.CreateClient().GetAsync("/api/widget/corner-bakery/config",
            TestContext.Current.CancellationToken);
        var taken = await admin.SubmitAsync("/admin", "#new-site",
            new() { ["NewSite.Key"] = "corner-bakery", ["NewSite.Name"] = "Another Bakery" });
        var takenPage = await taken.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var audit = await _host.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "site_created"));

        Assert.Equal("/admin/sites/corner-bakery", added.Headers.Location?.OriginalString);
        Assert.Contains("Corner Bakery", settings, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, config.StatusCode);
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Contains("A site with the key &#x27;corner-bakery&#x27; exists already.", takenPage,
            StringComparison.Ordinal);
        Assert.Equal(1, audit);
    }

    [Fact]
    public async Task Admin_lists_the_site_with_the_script_tag_to_paste()
    {
        using var admin = await AdminClient.SignInAsync(_host);

        var page = await admin.PageAsync("/admin");

        var script = $"<script src=\"{new Uri(_host.BaseAddress, "widget.js")}\" data-site=\"shop\" async></script>";
        Assert.Contains(WebUtility.HtmlEncode(script), page);
        Assert.Contains("href=\"/admin/sites/shop\"", page);
    }

    [Fact]
    public async Task Admin_finds_a_visitor_by_conversation_exports_their_data_and_erases_it()
    {
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var (connection, _) = await visitor.ConnectAsync(ChatConsentHost.SiteOrigin);
        var ack = await TestVisitor.SendAsync(connection, "Is the grinder still in stock?");
        using var admin = await AdminClient.SignInAsync(_host);
        var search = $"/admin/visitors?q={ack.ConversationId}";

        var found = await admin.PageAsync(search);
        var export = await admin.SubmitAsync(search, "visitor-export", []);

        Assert.Contains(visitor.VisitorId.ToString(), found);
        Assert.Equal($"visitor-{visitor.VisitorId}.json", export.Content.Headers.ContentDisposition?.FileName);
        using var json = JsonDocument.Parse(
            await export.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(visitor.VisitorId, json.RootElement.GetProperty("visitor").GetProperty("id").GetGuid());
        var message = json.RootElement.GetProperty("conversations")[0].GetProperty("messages")[0];
        Assert.Equal("Is the grinder still in stock?", message.GetProperty("text").GetString());

        var erased = await admin.SubmitAsync($"{search}&erase={visitor.VisitorId}", "visitor-erase-confirm", []);
        Assert.Contains("data-testid=\"visitor-erased\"", await admin.FollowAsync(erased));
        Assert.DoesNotContain("data-testid=\"visitor-result\"", await admin.PageAsync(search));
        Assert.False(await _host.WithDbAsync(db => db.Visitors.AnyAsync(v => v.Id == visitor.VisitorId)));
    }

    private async Task CreateAgentAsync(string email, string password)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Agent>>();
        var agent = new Agent { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Sam" };
        Assert.True((await users.CreateAsync(agent, password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(agent, AgentRoles.Agent)).Succeeded);
    }

    // What the widget reads on its next load: the identity cookie's lifetime, null for a session cookie.
    private async Task<long?> CookieMaxAgeAsync()
    {
        using var http = _host.CreateClient();
        var config = await http.GetFromJsonAsync<WidgetConfig>("/api/widget/shop/config?lang=en", Json.Options,
            TestContext.Current.CancellationToken);
        return config!.Cookie.MaxAgeSeconds;
    }

    private Task<ChatConsent.Sites.Site> SiteAsync() =>
        _host.WithDbAsync(db => db.Sites.AsNoTracking().SingleAsync(s => s.Key == ChatConsentHost.SiteKey));

    private Task<List<AuditEntry>> AuditEntriesAsync() =>
        _host.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Action == "setting_changed").ToListAsync());

    private static string FieldError(string page, string field)
    {
        var match = FieldErrorElement().Matches(page).FirstOrDefault(m => m.Groups["field"].Value == field);
        Assert.True(match is not null, $"no error message beside {field}");
        return WebUtility.HtmlDecode(match.Groups["message"].Value);
    }

    [GeneratedRegex("""<span[^>]*data-valmsg-for="(?<field>[^"]+)"[^>]*>(?<message>.*?)</span>""",
        RegexOptions.Singleline)]
    private static partial Regex FieldErrorElement();
}
