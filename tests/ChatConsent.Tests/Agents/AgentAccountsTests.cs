using System.Net;
using ChatConsent.Admin;
using ChatConsent.Agents;
using ChatConsent.Chat;
using ChatConsent.Tests.Admin;
using ChatConsent.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatConsent.Tests.Agents;

public sealed class AgentAccountsTests : IAsyncLifetime
{
    private const string SamEmail = "sam@shop.example";
    private const string SamPassword = "sams-own-long-password";

    private ChatConsentHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await new ChatConsentHost().StartAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Invited_agent_sets_a_password_through_the_link_and_signs_in()
    {
        using var admin = await AdminClient.SignInAsync(_host);

        var link = await Accounts.InviteAsync(admin, SamEmail, "  Sam  ");
        var invitedList = await admin.PageAsync(Accounts.AgentsPage);
        var accepted = await Accounts.AcceptAsync(_host, link, SamPassword);
        using var sam = await AdminClient.SignInAsync(_host, SamEmail, SamPassword);
        var console = await sam.GetAsync("/agents");

        Assert.Equal(_host.BaseAddress.GetLeftPart(UriPartial.Authority), link.GetLeftPart(UriPartial.Authority));
        Assert.Contains("Invited", invitedList, StringComparison.Ordinal);
        Assert.StartsWith("/agents/signin", accepted.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, console.StatusCode);
        var agent = await _host.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == SamEmail));
        Assert.Equal(("Sam", AgentStatus.Active), (agent.DisplayName, agent.Status));
        Assert.NotNull(agent.LastSignInAt);
        Assert.Contains(await AuditAsync(),
            e => e is { Action: "agent_invited", Subject: SamEmail, NewValue: "agent" });
    }

    [Fact]
    public async Task Used_or_replaced_invitation_link_no_longer_works()
    {
        using var admin = await AdminClient.SignInAsync(_host);
        var first = await Accounts.InviteAsync(admin, SamEmail, "Sam");
        var samId = await Accounts.IdOfAsync(_host, SamEmail);
        var renewed = await admin.SubmitAsync(Accounts.AgentsPage, $"#renew-{samId}", []);
        var second = Accounts.InvitationLink(await admin.FollowAsync(renewed));

        using var invitee = AdminClient.Anonymous(_host);
        var replaced = await invitee.PageAsync(first.PathAndQuery);
        await Accounts.AcceptAsync(_host, second, SamPassword);
        var used = await invitee.PageAsync(second.PathAndQuery);
        var forged = await invitee.PageAsync($"/agents/invitation?agent={samId}&token=made-up");

        Assert.Contains("data-testid=\"invitation-invalid\"", replaced, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"invitation-invalid\"", used, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"invitation-invalid\"", forged, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"invitation\"", used, StringComparison.Ordinal);
        using var sam = await AdminClient.SignInAsync(_host, SamEmail, SamPassword);
    }

    [Theory]
    [InlineData(ChatConsentHost.AgentEmail, "An agent with this e-mail address exists already.")]
    [InlineData("o'brien@shop.example", "characters the sign-in does not accept")]
    [InlineData("not an address", "This is not an e-mail address.")]
    public async Task Invitation_the_service_cannot_make_is_refused_beside_the_field(string email, string message)
    {
        using var admin = await AdminClient.SignInAsync(_host);

        var response = await admin.SubmitAsync(Accounts.AgentsPage, "#invite-agent", new()
        {
            ["Invite.Email"] = email,
            ["Invite.DisplayName"] = "Someone",
        });
        var page = WebUtility.HtmlDecode(
            await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"invitation-link\"", page, StringComparison.Ordinal);
        Assert.Equal(1, await _host.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Disabled_agent_loses_their_session_and_console_and_cannot_sign_in_until_enabled()
    {
        var samId = await Accounts.CreateAsync(_host, SamEmail, SamPassword);
        using var session = await AdminClient.SignInAsync(_host, SamEmail, SamPassword);
        await using var console = await TestAgent.SignInAsync(_host, SamEmail, SamPassword);
        var closed = Accounts.ClosedAsync(console.Connection);
        using var admin = await AdminClient.SignInAsync(_host);

        var disabled = await admin.SubmitAsync(Accounts.AgentsPage, $"#disable-{samId}", []);
        await closed;
        var afterwards = await session.GetAsync("/agents");
        var reconnect = await Assert.ThrowsAsync<HttpRequestException>(() =>
            console.Build(_host).StartAsync(TestContext.Current.CancellationToken));
        var signIn = await new TestAgent().PostSignInAsync(_host, SamEmail, SamPassword);

        Assert.Contains("data-testid=\"agent-done\"", await admin.FollowAsync(disabled), StringComparison.Ordinal);
        Assert.Equal(HubConnectionState.Disconnected, console.Connection.State);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.StartsWith("/agents/signin", afterwards.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.Unauthorized, reconnect.StatusCode);
        Assert.Contains("This account is disabled.",
            await signIn.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        await admin.FollowAsync(await admin.SubmitAsync(Accounts.AgentsPage, $"#enable-{samId}", []));
        using var again = await AdminClient.SignInAsync(_host, SamEmail, SamPassword);
        Assert.Equal(["agent_disabled", "agent_enabled"],
            (await AuditAsync()).Where(e => e.Subject == SamEmail).OrderBy(e => e.At).Select(e => e.Action));
    }

    [Fact]
    public async Task Removed_agents_replies_keep_the_name_they_were_sent_under()
    {
        var samId = await Accounts.CreateAsync(_host, SamEmail, SamPassword, displayName: "Sam from Support");
        await using var sam = await TestAgent.SignInAsync(_host, SamEmail, SamPassword);
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var (tab, _) = await visitor.ConnectAsync();
        var question = await TestVisitor.SendAsync(tab, "Do you ship to Vienna?");
        await sam.SendAsync(question.ConversationId, "Yes, in two days.");
        var closed = Accounts.ClosedAsync(sam.Connection);
        using var admin = await AdminClient.SignInAsync(_host);

        await admin.SubmitAsync($"{Accounts.AgentsPage}?remove={samId}", $"#remove-{samId}", []);
        await closed;
        var visitorSees = await tab.InvokeAsync<List<MessageView>>(nameof(VisitorHub.GetMessages),
            question.ConversationId, 0L, TestContext.Current.CancellationToken);
        await using var colleague = await TestAgent.SignInAsync(_host);
        var colleagueSees = await colleague.Connection.InvokeAsync<List<MessageView>>(nameof(AgentHub.GetMessages),
            question.ConversationId, 0L, TestContext.Current.CancellationToken);
        var signIn = await new TestAgent().PostSignInAsync(_host, SamEmail, SamPassword);

        Assert.False(await _host.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == samId)));
        Assert.Equal([null, "Sam from Support"], visitorSees.Select(m => m.AgentName));
        Assert.Equal(["Do you ship to Vienna?", "Yes, in two days."], colleagueSees.Select(m => m.Text));
        Assert.Equal("Sam from Support", colleagueSees[1].AgentName);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains(await AuditAsync(), e => e is { Action: "agent_removed", Subject: SamEmail });
    }

    [Fact]
    public async Task Role_change_gives_and_takes_the_admin_pages_at_the_next_request()
    {
        var samId = await Accounts.CreateAsync(_host, SamEmail, SamPassword);
        using var sam = await AdminClient.SignInAsync(_host, SamEmail, SamPassword);
        using var admin = await AdminClient.SignInAsync(_host);
        var before = await sam.GetAsync("/admin");

        await admin.FollowAsync(await admin.SubmitAsync(Accounts.AgentsPage, $"#role-{samId}", []));
        var asAdmin = await sam.GetAsync("/admin/agents");
        await admin.FollowAsync(await admin.SubmitAsync(Accounts.AgentsPage, $"#role-{samId}", []));
        var demoted = await sam.GetAsync("/admin/agents");

        Assert.StartsWith("/admin/denied", before.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, asAdmin.StatusCode);
        Assert.StartsWith("/admin/denied", demoted.Headers.Location?.AbsolutePath);
        Assert.Equal([("agent", "admin"), ("admin", "agent")], (await AuditAsync())
            .Where(e => e.Action == "agent_role_changed").OrderBy(e => e.At).Select(e => (e.OldValue, e.NewValue)));
    }

    [Fact]
    public async Task Admin_cannot_demote_disable_or_remove_themselves()
    {
        var otherAdminId = await Accounts.CreateAsync(_host, "kim@shop.example", SamPassword, "Kim", admin: true);
        var selfId = await Accounts.IdOfAsync(_host, ChatConsentHost.AgentEmail);
        using var admin = await AdminClient.SignInAsync(_host);
        var self = new Dictionary<string, string> { ["agentId"] = selfId };

        var demote = await admin.SubmitAsync(Accounts.AgentsPage, $"#role-{otherAdminId}", self);
        var demoteRefusal = Accounts.Refusal(await admin.FollowAsync(demote));
        var disable = await admin.SubmitAsync(Accounts.AgentsPage, $"#disable-{otherAdminId}", self);
        var disableRefusal = Accounts.Refusal(await admin.FollowAsync(disable));
        var remove = await admin.SubmitAsync($"{Accounts.AgentsPage}?remove={otherAdminId}",
            $"#remove-{otherAdminId}", self);
        var removeRefusal = Accounts.Refusal(await admin.FollowAsync(remove));

        Assert.Equal("You cannot take the admin role from yourself; another admin can.", demoteRefusal);
        Assert.Equal("You cannot disable your own account.", disableRefusal);
        Assert.Equal("You cannot remove your own account.", removeRefusal);
        Assert.True(await Accounts.IsAdminAsync(_host, selfId));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/agents")).StatusCode);
        Assert.DoesNotContain(await AuditAsync(), e => e.Action.StartsWith("agent_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Last_active_admin_is_never_demoted_disabled_or_removed_whoever_asks()
    {
        var adminId = await Accounts.IdOfAsync(_host, ChatConsentHost.AgentEmail);
        using var admin = await AdminClient.SignInAsync(_host);
        await Accounts.InviteAsync(admin, "kim@shop.example", "Kim", AgentRoles.Admin);
        var someoneElse = new Actor(await Accounts.IdOfAsync(_host, "kim@shop.example"), "kim@shop.example");

        var refusals = await WithAccountsAsync(async accounts => new[]
        {
            (await accounts.ChangeRoleAsync(adminId, AgentRoles.Agent, someoneElse, default)).Refusal,
            (await accounts.DisableAsync(adminId, someoneElse, default)).Refusal,
            (await accounts.RemoveAsync(adminId, someoneElse, default)).Refusal,
        });

        Assert.All(refusals, refusal =>
            Assert.Equal("Alex from Support is the last active admin. Make another agent an admin first.", refusal));
        Assert.True(await Accounts.IsAdminAsync(_host, adminId));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/agents")).StatusCode);
    }

    [Fact]
    public async Task Two_admins_demoting_each_other_at_once_leave_one_admin()
    {
        var kimId = await Accounts.CreateAsync(_host, "kim@shop.example", SamPassword, "Kim", admin: true);
        var alexId = await Accounts.IdOfAsync(_host, ChatConsentHost.AgentEmail);
        using var alex = await AdminClient.SignInAsync(_host);
        using var kim = await AdminClient.SignInAsync(_host, "kim@shop.example", SamPassword);

        await Task.WhenAll(
            alex.SubmitAsync(Accounts.AgentsPage, $"#role-{kimId}", []),
            kim.SubmitAsync(Accounts.AgentsPage, $"#role-{alexId}", []));

        var admins = new[] { await Accounts.IsAdminAsync(_host, alexId), await Accounts.IsAdminAsync(_host, kimId) };
        Assert.Single(admins, isAdmin => isAdmin);
    }

    private Task<List<AuditEntry>> AuditAsync() =>
        _host.WithDbAsync(db => db.AuditEntries.AsNoTracking().ToListAsync());

    private async Task<T> WithAccountsAsync<T>(Func<AgentAccounts, Task<T>> use)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<AgentAccounts>());
    }
}
