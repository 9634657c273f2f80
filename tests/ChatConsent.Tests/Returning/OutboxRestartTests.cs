using ChatConsent.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace ChatConsent.Tests.Returning;

public sealed class OutboxRestartTests
{
    [Fact]
    public async Task A_mail_queued_while_the_smtp_server_is_down_is_sent_after_a_restart()
    {
        var databaseFile = Path.Combine(Path.GetTempPath(), $"chatconsent-outbox-{Guid.NewGuid():N}.db");
        var port = TestSmtpServer.FreePort();
        string address = "lee@mail.example";
        await using (var before = await new ChatConsentHost(databaseFile, TestSmtpServer.MailSettings(port))
        { KeepsDatabase = true, Clock = new FakeTimeProvider(DateTimeOffset.UtcNow) }.StartAsync())
        {
            var visitor = await TestVisitor.ConsentAsync(before);
            await ReturningVisitor.SetConfirmedAsync(before, visitor.VisitorId, address);
            await ReturningVisitor.RequestLinkAsync(before, address);
            await WaitForFailedAttemptAsync(before);
            Assert.DoesNotContain(address, before.Logs.All, StringComparison.Ordinal);
        }

        await using var smtp = await TestSmtpServer.StartAsync(port);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var after = await new ChatConsentHost(databaseFile, smtp.Settings) { Clock = clock }.StartAsync();
        clock.Advance(TimeSpan.FromMinutes(1));
        var mail = await smtp.Mails.NextAsync();
        var continued = await ReturningVisitor.ContinueAsync(after, TestSmtpServer.TokenIn(mail));

        Assert.Equal(address, Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal(System.Net.HttpStatusCode.OK, continued.StatusCode);
    }

    private static async Task WaitForFailedAttemptAsync(ChatConsentHost host)
    {
        for (var attempt = 0; ; attempt++)
        {
            var mail = await host.WithDbAsync(db => db.OutboxMails.AsNoTracking().SingleOrDefaultAsync());
            if (mail is { Attempts: > 0, SentAt: null })
            {
                return;
            }

            Assert.True(attempt < 200, "the outbox never tried the mail");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
