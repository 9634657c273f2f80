using System.Net;
using System.Text.Json;
using ChatConsent.Admin;
using ChatConsent.Sites;
using ChatConsent.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatConsent.Tests.Returning;

public sealed class ServicePageAndSettingsTests : IAsyncLifetime
{
    private const string OwnPageSite = "no-page";
    private const string Address = "ola@mail.example";
    private static readonly Actor Admin = new("admin-id", "admin@test");
    private TestSmtpServer _smtp = null!;
    private ChatConsentHost _host = null!;

    public async ValueTask InitializeAsync()
    {
        _smtp = await TestSmtpServer.StartAsync();
        _host = await new ChatConsentHost(settings: _smtp.Settings).StartAsync();
        await _host.WithDbAsync(db =>
        {
            db.Sites.Add(new Site
            {
                Id = Guid.NewGuid(),
                Key = OwnPageSite,
                Name = "Pageless Shop",
                CreatedAt = DateTimeOffset.UtcNow
            });
            return db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task Opening_a_link_consumes_nothing_and_a_site_without_a_page_continues_on_the_service()
    {
        var visitor = await TestVisitor.ConsentAsync(_host, OwnPageSite);
        await ReturningVisitor.SetConfirmedAsync(_host, visitor.VisitorId, Address);
        await ReturningVisitor.RequestLinkAsync(_host, Address, OwnPageSite);
        var mail = await _smtp.Mails.NextAsync();
        var link = TestSmtpServer.ContinueLinkIn(mail);

        using var scanner = new HttpClient();
        var opened = await scanner.GetStringAsync(link, TestContext.Current.CancellationToken);
        await scanner.GetStringAsync(link, TestContext.Current.CancellationToken);
        var serviceOrigin = _host.BaseAddress.GetLeftPart(UriPartial.Authority);
        var foreign = await ReturningVisitor.ContinueAsync(_host, TestSmtpServer.TokenIn(mail), OwnPageSite,
            origin: "https://elsewhere.example");
        var pressed = await ReturningVisitor.ContinueAsync(_host, TestSmtpServer.TokenIn(mail), OwnPageSite,
            origin: serviceOrigin);

        Assert.Equal(new Uri(_host.BaseAddress, $"continue/{OwnPageSite}").ToString(),
            link.GetLeftPart(UriPartial.Path));
        Assert.Contains($"data-site=\"{OwnPageSite}\"", opened, StringComparison.Ordinal);
        Assert.Contains("Pageless Shop", opened, StringComparison.Ordinal);
        Assert.Equal("origin_not_allowed", await ReturningVisitor.ProblemCodeAsync(foreign));
        Assert.Equal(visitor.VisitorId, (await ReturningVisitor.ContinuedAsync(pressed)).VisitorId);
    }

    [Fact]
    public async Task The_continue_page_is_set_per_site_on_one_of_its_origins_and_audited()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<SiteSettingsEditor>();
        var site = (await editor.FindAsync(ChatConsentHost.SiteKey, TestContext.Current.CancellationToken))!;
        var form = SiteSettingsForm.From(site);

        form.ContinuePageUrl = "https://elsewhere.example/chat";
        form.LinkLifetimeMinutes = 61;
        var refused = await editor.SaveAsync(site.Key, form, Admin, TestContext.Current.CancellationToken);
        form.ContinuePageUrl = "https://shop.example/help";
        form.LinkLifetimeMinutes = 30;
        var saved = await editor.SaveAsync(site.Key, form, Admin, TestContext.Current.CancellationToken);
        var visitor = await TestVisitor.ConsentAsync(_host);
        await ReturningVisitor.LeaveEmailAsync(_host, visitor.Token, Address);
        var mail = await _smtp.Mails.NextAsync();

        Assert.Contains(refused, r => r.MemberNames.Contains(nameof(SiteSettingsForm.LinkLifetimeMinutes)));
        Assert.Empty(saved);
        Assert.StartsWith("https://shop.example/help#chatconsent-continue=", TestSmtpServer.ContinueLinkIn(mail)
            .ToString(), StringComparison.Ordinal);
        Assert.Contains("30 minutes", mail.TextBody, StringComparison.Ordinal);
        var audited = await _host.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == "setting_changed").Select(e => e.Subject).ToListAsync());
        Assert.Contains("ContinuePageUrl", audited);
        Assert.Contains("LinkLifetimeMinutes", audited);
    }

    [Fact]
    public async Task A_continue_page_elsewhere_than_a_web_page_of_an_allowed_origin_is_refused()
    {
        var problem = SiteSettingsForm.ContinuePageProblem("https://elsewhere.example/chat", ["https://shop.example"]);
        var fragment = SiteSettingsForm.ContinuePageProblem("https://shop.example/#top", ["https://shop.example"]);

        Assert.Contains("allowed origins", problem, StringComparison.Ordinal);
        Assert.Contains("fragment", fragment, StringComparison.Ordinal);
        Assert.Null(SiteSettingsForm.ContinuePageProblem("https://shop.example/help", ["https://shop.example"]));
        Assert.Contains("without spaces",
            SiteSettingsForm.ContinuePageProblem("https://shop.example/de mo", ["https://shop.example"]),
            StringComparison.Ordinal);
        Assert.Contains("web address",
            SiteSettingsForm.ContinuePageProblem("javascript:alert(1)", ["https://shop.example"]),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_lists_the_address_links_and_mails_and_erasure_deletes_them()
    {
        var (visitor, _) = await ReturningVisitor.ConfirmedAsync(_host, _smtp, Address);
        await using var scope = _host.Services.CreateAsyncScope();
        var rights = scope.ServiceProvider.GetRequiredService<VisitorDataRights>();

        var export = await rights.ExportAsync(visitor.VisitorId, Admin, TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(export, Json.Options));
        await rights.EraseAsync(visitor.VisitorId, Admin, TestContext.Current.CancellationToken);

        var root = json.RootElement;
        Assert.Equal(Address, root.GetProperty("visitor").GetProperty("email").GetString());
        Assert.Equal("Confirm", root.GetProperty("links")[0].GetProperty("purpose").GetString());
        Assert.Equal(Address, root.GetProperty("mailsSent")[0].GetProperty("recipient").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("fields").GetProperty("visitor.email").GetString()));
        Assert.False(await _host.WithDbAsync(db => db.LinkTokens.AnyAsync()));
        Assert.False(await _host.WithDbAsync(db => db.OutboxMails.AnyAsync()));
        Assert.False(await _host.WithDbAsync(db => db.Visitors.AnyAsync(v => v.Email == Address)));
    }
}
