using System.Net;
using ChatConsent.Chat;
using ChatConsent.Tests.Admin;
using ChatConsent.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace ChatConsent.Tests.Workflow;

public sealed class SavedReplyTests : IAsyncLifetime
{
    private const string Page = "/admin/replies?site=shop";
    private readonly ChatConsentHost _host = new();

    public async ValueTask InitializeAsync() => await _host.StartAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Admin_saves_a_reply_that_agents_fetch_by_site_and_the_audit_log_records_it()
    {
        using var admin = await AdminClient.SignInAsync(_host);
        await TestAgentAccounts.CreateAsync(_host, "sam@shop.example", "Sam");
        await using var sam = await TestAgent.SignInAsync(_host, "sam@shop.example", TestAgentAccounts.Password);

        var saved = await admin.SubmitAsync(Page, "#new-reply",
            new() { ["Form.Key"] = "/Shipping ", ["Form.Text"] = "We ship within two working days." });
        var page = await admin.FollowAsync(saved);
        var replies = await sam.Connection.InvokeAsync<List<CannedResponseView>>("GetCannedResponses",
            await SiteIdAsync(), TestContext.Current.CancellationToken);

        Assert.Contains("Saved <code>/shipping</code>", page, StringComparison.Ordinal);
        var reply = Assert.Single(replies);
        Assert.Equal(("shipping", "We ship within two working days."), (reply.Key, reply.Text));
        Assert.Contains("canned_response:shipping", await admin.PageAsync("/admin/audit"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_key_or_a_key_taken_twice_is_named_and_nothing_is_saved()
    {
        using var admin = await AdminClient.SignInAsync(_host);
        await admin.SubmitAsync(Page, "#new-reply", new() { ["Form.Key"] = "hello", ["Form.Text"] = "Hi there!" });

        var bad = await admin.SubmitAsync(Page, "#new-reply",
            new() { ["Form.Key"] = "two words", ["Form.Text"] = "x" });
        var twice = await admin.SubmitAsync(Page, "#new-reply", new() { ["Form.Key"] = "hello", ["Form.Text"] = "y" });

        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var badPage = await bad.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("lower-case letters", badPage, StringComparison.Ordinal);
        Assert.Contains("already has the key /hello",
            await twice.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var stored = await _host.WithDbAsync(db => db.CannedResponses.AsNoTracking().ToListAsync());
        Assert.Equal("Hi there!", Assert.Single(stored).Text);
    }

    [Fact]
    public async Task Agents_without_the_admin_role_cannot_manage_saved_replies()
    {
        await TestAgentAccounts.CreateAsync(_host, "sam@shop.example", "Sam");
        using var agent = await AdminClient.SignInAsync(_host, "sam@shop.example", TestAgentAccounts.Password);

        var response = await agent.GetAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private Task<Guid> SiteIdAsync() =>
        _host.WithDbAsync(db => db.Sites.Where(s => s.Key == ChatConsentHost.SiteKey).Select(s => s.Id).FirstAsync());
}
