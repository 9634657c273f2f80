using ChatConsent.Admin;
using ChatConsent.Mail;
using ChatConsent.Returning;
using ChatConsent.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatConsent.Tests.Returning;

public sealed class MailRetentionTests : IAsyncLifetime
{
    private readonly ChatConsentHost _host = new();

    public async ValueTask InitializeAsync() => await _host.StartAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Retention_deletes_links_a_week_after_expiry_and_mails_a_month_after_sending()
    {
        var visitor = await TestVisitor.ConsentAsync(_host);
        var now = DateTimeOffset.UtcNow;
        await _host.WithDbAsync(db =>
        {
            var siteId = db.Visitors.Single(v => v.Id == visitor.VisitorId).SiteId;
            db.LinkTokens.AddRange(Link(siteId, visitor.VisitorId, now.AddDays(-8)), Link(siteId, visitor.VisitorId,
                now.AddDays(-6)));
            db.OutboxMails.AddRange(Sent(siteId, visitor.VisitorId, now.AddDays(-31)),
                Sent(siteId, visitor.VisitorId, now.AddDays(-29)));
            return db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var sweep = scope.ServiceProvider.GetRequiredService<RetentionSweep>();
            await sweep.RunAsync(TestContext.Current.CancellationToken);
        }

        var expiries = await _host.WithDbAsync(db => db.LinkTokens.Select(t => t.ExpiresAt).ToListAsync());
        var sent = await _host.WithDbAsync(db => db.OutboxMails.Select(m => m.SentAt).ToListAsync());
        Assert.True(Math.Abs((Assert.Single(expiries) - now.AddDays(-6)).TotalSeconds) < 1);
        Assert.True(Math.Abs((Assert.Single(sent)!.Value - now.AddDays(-29)).TotalSeconds) < 1);
    }

    [Fact]
    public void Retries_wait_twice_as_long_each_time_and_never_more_than_an_hour()
    {
        var settings = new MailOptions();

        var delays = Enumerable.Range(1, 9).Select(attempt => MailWorker.RetryDelay(settings, attempt).TotalSeconds);

        Assert.Equal([30, 60, 120, 240, 480, 960, 1920, 3600, 3600], delays);
    }

    private static LinkToken Link(Guid siteId, Guid visitorId, DateTimeOffset expiresAt) => new()
    {
        Id = Guid.NewGuid(),
        TokenHash = Guid.NewGuid().ToByteArray(),
        SiteId = siteId,
        VisitorId = visitorId,
        CreatedAt = expiresAt.AddMinutes(-10),
        ExpiresAt = expiresAt,
    };

    private static OutboxMail Sent(Guid siteId, Guid visitorId, DateTimeOffset sentAt) => new()
    {
        Id = Guid.NewGuid(),
        SiteId = siteId,
        VisitorId = visitorId,
        Kind = MailKind.SignIn,
        Recipient = "old@mail.example",
        CreatedAt = sentAt,
        NextAttemptAt = sentAt,
        SentAt = sentAt,
        Attempts = 1,
    };
}
