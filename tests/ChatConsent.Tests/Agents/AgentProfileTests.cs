using System.Net;
using ChatConsent.Chat;
using ChatConsent.Tests.Admin;
using ChatConsent.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace ChatConsent.Tests.Agents;

public sealed class AgentProfileTests : IAsyncLifetime
{
    private const string ProfilePage = "/agents/profile";
    private const string SamEmail = "sam@shop.example";
    private const string SamPassword = "sams-own-long-password";

    private ChatConsentHost _host = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await new ChatConsentHost().StartAsync();
        await Accounts.CreateAsync(_host, SamEmail, SamPassword, displayName: "Sam");
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task New_display_name_shows_on_new_replies_while_earlier_replies_keep_the_old_one()
    {
        using var profile = await AdminClient.SignInAsync(_host, SamEmail, SamPassword);
        await using var console = await TestAgent.SignInAsync(_host, SamEmail, SamPassword);
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var (tab, inbox) = await visitor.ConnectAsync();
        var question = await TestVisitor.SendAsync(tab, "Is the shop open on Sunday?");
        await console.SendAsync(question.ConversationId, "No, from Monday.");
        var before = await NextReplyAsync(inbox);

        var saved = await profile.SubmitAsync(ProfilePage, "#display-name", new() { ["DisplayName"] = "  Samantha  " });
        var page = await profile.FollowAsync(saved);
        await console.SendAsync(question.ConversationId, "From nine o'clock.");
        var after = await NextReplyAsync(inbox);
        var history = await tab.InvokeAsync<List<MessageView>>(nameof(VisitorHub.GetMessages),
            question.ConversationId, 0L, TestContext.Current.CancellationToken);

        Assert.Equal("Sam", before.AgentName);
        Assert.Contains("data-testid=\"profile-saved\"", page, StringComparison.Ordinal);
        Assert.Equal("Samantha", after.AgentName);
        Assert.Equal([null, "Sam", "Samantha"], history.Select(m => m.AgentName));
        Assert.Contains("href=\"/agents/profile\"", await profile.PageAsync("/agents"), StringComparison.Ordinal);
        var audit = await _host.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync());
        Assert.Equal(("agent_display_name_changed", "Sam", "Samantha"), (audit.Action, audit.OldValue, audit.NewValue));
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("A name that is far too long for a reply, with sixty-one chars")]
    [InlineData("Two\nlines")]
    public async Task Display_name_outside_the_rule_is_refused_and_the_old_one_stays(string name)
    {
        using var profile = await AdminClient.SignInAsync(_host, SamEmail, SamPassword);

        var response = await profile.SubmitAsync(ProfilePage, "#display-name", new() { ["DisplayName"] = name });
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("A display name has 1 to 60 characters on one line.", page, StringComparison.Ordinal);
        Assert.Equal("Sam", await _host.WithDbAsync(db => db.Users.Where(u => u.Email == SamEmail)
            .Select(u => u.DisplayName).SingleAsync()));
    }

    [Fact]
    public async Task Changed_password_signs_in_the_old_one_fails_and_other_sessions_end()
    {
        using var profile = await AdminClient.SignInAsync(_host, SamEmail, SamPassword);
        using var otherBrowser = await AdminClient.SignInAsync(_host, SamEmail, SamPassword);
        const string newPassword = "a-brand-new-passphrase";

        var wrong = await profile.SubmitAsync(ProfilePage, "#change-password", new()
        {
            ["CurrentPassword"] = "not-my-password",
            ["NewPassword"] = newPassword,
            ["ConfirmPassword"] = newPassword,
        });
        var changed = await profile.SubmitAsync(ProfilePage, "#change-password", new()
        {
            ["CurrentPassword"] = SamPassword,
            ["NewPassword"] = newPassword,
            ["ConfirmPassword"] = newPassword,
        });
        var oldPassword = await new TestAgent().PostSignInAsync(_host, SamEmail, SamPassword);

        Assert.Contains("The current password is wrong.",
            await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"profile-saved\"", await profile.FollowAsync(changed), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await profile.GetAsync("/agents")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await otherBrowser.GetAsync("/agents")).StatusCode);
        var oldPasswordPage = await oldPassword.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("E-mail or password is wrong.", oldPasswordPage, StringComparison.Ordinal);
        using var signedIn = await AdminClient.SignInAsync(_host, SamEmail, newPassword);
    }

    [Fact]
    public async Task Too_short_new_password_is_refused_with_identitys_rule()
    {
        using var profile = await AdminClient.SignInAsync(_host, SamEmail, SamPassword);

        var response = await profile.SubmitAsync(ProfilePage, "#change-password", new()
        {
            ["CurrentPassword"] = SamPassword,
            ["NewPassword"] = "short",
            ["ConfirmPassword"] = "short",
        });

        Assert.Contains("Passwords must be at least 10 characters.",
            await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        using var stillOld = await AdminClient.SignInAsync(_host, SamEmail, SamPassword);
    }

    private static async Task<MessageView> NextReplyAsync(Inbox<MessageView> inbox)
    {
        while (true)
        {
            if (await inbox.NextAsync() is { Sender: "agent" } reply)
            {
                return reply;
            }
        }
    }
}
