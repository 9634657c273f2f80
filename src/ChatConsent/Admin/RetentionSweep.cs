using ChatConsent.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatConsent.Admin;

/// <summary>What one sweep removed.</summary>
public sealed record RetentionResult(int Conversations, int ConsentRecords);

/// <summary>
/// Deletes conversations (with their messages) the given number of days after their last
/// message, and consent records after their own, longer period: they prove consent was given, so
/// they outlive the conversations they allowed.
/// </summary>
public sealed partial class RetentionSweep(ChatDbContext db, TimeProvider clock, ILogger<RetentionSweep> logger)
{
    public async Task<RetentionResult> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var sites = await db.Sites.AsNoTracking()
            .Select(s => new { s.Id, s.RetentionDays, s.ConsentRetentionDays })
            .ToListAsync(cancellationToken);

        var conversations = 0;
        var records = 0;
        foreach (var site in sites)
        {
            if (site.RetentionDays is { } days)
            {
                var cutoff = now.AddDays(-days);
                conversations += await db.Conversations
                    .Where(c => c.SiteId == site.Id && c.LastMessageAt < cutoff)
                    .ExecuteDeleteAsync(cancellationToken);

                // A visitor with nothing left to continue and unseen for as long goes too.
                await db.Visitors
                    .Where(v => v.SiteId == site.Id && (v.LastSeenAt ?? v.CreatedAt) < cutoff)
                    .Where(v => !db.Conversations.Any(c => c.VisitorId == v.Id))
                    .ExecuteDeleteAsync(cancellationToken);
            }

            var proofCutoff = now.AddDays(-site.ConsentRetentionDays);
            records += await db.ConsentRecords
                .Where(r => r.SiteId == site.Id && r.RecordedAt < proofCutoff)
                .ExecuteDeleteAsync(cancellationToken);
        }

        await SweepMailAsync(now, cancellationToken);
        LogSwept(logger, conversations, records);
        return new RetentionResult(conversations, records);
    }

    // Links are kept a week past their expiry, so that an expired link can still ask for a new
    // one; mails a month after they were sent or given up, so that an export can list them.
    private async Task SweepMailAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var linkCutoff = now.AddDays(-7);
        await db.LinkTokens.Where(t => t.ExpiresAt < linkCutoff).ExecuteDeleteAsync(cancellationToken);

        var mailCutoff = now.AddDays(-30);
        await db.OutboxMails.Where(m => (m.SentAt ?? m.FailedAt) < mailCutoff).ExecuteDeleteAsync(cancellationToken);
    }

    [LoggerMessage(EventId = 1603, Level = LogLevel.Information,
        Message = "Retention removed {Conversations} conversations and {ConsentRecords} consent records")]
    private static partial void LogSwept(ILogger logger, int conversations, int consentRecords);
}

/// <summary>Runs <see cref="RetentionSweep"/> at start and then once a day.</summary>
internal sealed partial class RetentionJob(
    IServiceScopeFactory scopes, TimeProvider clock, ILogger<RetentionJob> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            await SweepAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<RetentionSweep>().RunAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed sweep is retried at the next tick; the service keeps serving meanwhile.
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(EventId = 1604, Level = LogLevel.Error, Message = "The retention sweep failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
