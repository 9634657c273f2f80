using System.Net.Sockets;
using ChatConsent.Data;
using ChatConsent.Returning;
using MailKit;
using MailKit.Net.Smtp;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatConsent.Mail;

/// <summary>
/// Sends what the outbox holds and the digests that are due. A mail that fails is retried with
/// exponential back-off up to <see cref="MailOptions.MaxAttempts"/>; every instance may run this,
/// because each mail is claimed with a conditional update before it is sent.
/// </summary>
internal sealed partial class MailWorker(
    IServiceScopeFactory scopes, MailSignal signal, IOptions<MailOptions> options, TimeProvider clock,
    ILogger<MailWorker> logger) : BackgroundService
{
    private const int Batch = 20;
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Claim = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = Poll;
            try
            {
                wait = await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogWorkerFailed(logger, e);
            }

            await signal.WaitAsync(wait, clock, stoppingToken);
        }
    }

    /// <returns>How long to sleep before the next mail or digest is due.</returns>
    private async Task<TimeSpan> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DigestMailer>().RunDueAsync(cancellationToken);
        }

        await SendDueAsync(cancellationToken);
        return await UntilNextAsync(cancellationToken);
    }

    private async Task SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatDbContext>();
        var protection = scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>();
        await using var sender = new SmtpMailSender(options);
        var now = clock.GetUtcNow();
        var due = await db.OutboxMails.AsNoTracking()
            .Where(m => m.SentAt == null && m.FailedAt == null && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).Take(Batch).ToListAsync(cancellationToken);

        foreach (var mail in due)
        {
            if (!await ClaimAsync(db, mail, now, cancellationToken))
            {
                continue;
            }

            var reachable = await SendAsync(db, sender, protection, mail, cancellationToken);
            if (!reachable)
            {
                // The server is not there; the rest of the batch would only fail the same way.
                return;
            }
        }
    }

    private static async Task<bool> ClaimAsync(ChatDbContext db, OutboxMail mail, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var claimedUntil = now + Claim;
        var claimed = await db.OutboxMails
            .Where(m => m.Id == mail.Id && m.SentAt == null && m.NextAttemptAt == mail.NextAttemptAt)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.NextAttemptAt, claimedUntil), cancellationToken);
        return claimed == 1;
    }

    /// <returns>False when the SMTP server could not be reached at all.</returns>
    private async Task<bool> SendAsync(ChatDbContext db, SmtpMailSender sender, IDataProtectionProvider protection,
        OutboxMail mail, CancellationToken cancellationToken)
    {
        try
        {
            var content = MailOutbox.Read(protection, mail.ProtectedContent!);
            await sender.SendAsync(mail.Recipient, content, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await FailedAsync(db, mail, e, cancellationToken);
            return !IsUnreachable(e);
        }

        var sentAt = clock.GetUtcNow();
        await db.OutboxMails.Where(m => m.Id == mail.Id).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.SentAt, sentAt)
            .SetProperty(m => m.Attempts, mail.Attempts + 1)
            .SetProperty(m => m.ProtectedContent, (string?)null)
            .SetProperty(m => m.LastError, (string?)null), cancellationToken);
        LogSent(logger, mail.Id, mail.Kind, mail.SiteId);
        return true;
    }

    private async Task FailedAsync(ChatDbContext db, OutboxMail mail, Exception error,
        CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var attempts = mail.Attempts + 1;
        var now = clock.GetUtcNow();
        var reason = Describe(error);
        if (attempts >= settings.MaxAttempts)
        {
            await db.OutboxMails.Where(m => m.Id == mail.Id).ExecuteUpdateAsync(set => set
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.FailedAt, now)
                .SetProperty(m => m.ProtectedContent, (string?)null)
                .SetProperty(m => m.LastError, reason), cancellationToken);
            LogGaveUp(logger, mail.Id, mail.Kind, mail.SiteId, attempts, reason);
            return;
        }

        var next = now + RetryDelay(settings, attempts);
        await db.OutboxMails.Where(m => m.Id == mail.Id).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.NextAttemptAt, next)
            .SetProperty(m => m.LastError, reason), cancellationToken);
        LogRetrying(logger, mail.Id, mail.Kind, settings.Host, settings.Port, attempts, settings.MaxAttempts,
            next, reason);
    }

    /// <summary>30 s, 1 min, 2 min, 4 min… with the defaults, never more than an hour.</summary>
    internal static TimeSpan RetryDelay(MailOptions settings, int attempts)
    {
        var seconds = settings.RetryDelaySeconds * Math.Pow(2, Math.Min(attempts - 1, 20));
        return TimeSpan.FromSeconds(Math.Min(seconds, LongestRetry.TotalSeconds));
    }

    private async Task<TimeSpan> UntilNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatDbContext>();
        var nextMail = await db.OutboxMails.AsNoTracking()
            .Where(m => m.SentAt == null && m.FailedAt == null)
            .OrderBy(m => m.NextAttemptAt).Select(m => (DateTimeOffset?)m.NextAttemptAt)
            .FirstOrDefaultAsync(cancellationToken);
        var nextDigest = await db.ConversationDigests.AsNoTracking().Where(d => d.DueAt != null)
            .OrderBy(d => d.DueAt).Select(d => d.DueAt).FirstOrDefaultAsync(cancellationToken);

        var next = new[] { nextMail, nextDigest }.Where(t => t is not null).Min();
        if (next is null)
        {
            return Poll;
        }

        var wait = next.Value - clock.GetUtcNow();
        return wait <= TimeSpan.Zero ? TimeSpan.FromMilliseconds(1) : wait < Poll ? wait : Poll;
    }

    private static bool IsUnreachable(Exception error) =>
        error is SocketException or IOException or SmtpProtocolException or ServiceNotConnectedException
            or TimeoutException or MailKit.Security.SslHandshakeException;

    // Server replies can quote the recipient; only the kind of failure and the SMTP status are kept.
    private static string Describe(Exception error) => error switch
    {
        SmtpCommandException command => $"SMTP {(int)command.StatusCode} {command.StatusCode} ({command.ErrorCode})",
        SocketException socket => $"connection failed: {socket.SocketErrorCode}",
        MailKit.Security.AuthenticationException => "authentication failed",
        _ => error.GetType().Name,
    };

    [LoggerMessage(EventId = 1701, Level = LogLevel.Information,
        Message = "Sent mail {MailId} ({Kind}) of site {SiteId}")]
    private static partial void LogSent(ILogger logger, Guid mailId, MailKind kind, Guid siteId);

    [LoggerMessage(EventId = 1702, Level = LogLevel.Warning,
        Message = "Mail {MailId} ({Kind}) could not be sent through {SmtpHost}:{SmtpPort}, attempt {Attempt} of "
            + "{MaxAttempts}; it stays in the outbox and is tried again at {NextAttemptAt}: {Reason}")]
    private static partial void LogRetrying(ILogger logger, Guid mailId, MailKind kind, string smtpHost,
        int smtpPort, int attempt, int maxAttempts, DateTimeOffset nextAttemptAt, string reason);

    [LoggerMessage(EventId = 1703, Level = LogLevel.Error,
        Message = "Gave up on mail {MailId} ({Kind}) of site {SiteId} after {Attempts} attempts: {Reason}")]
    private static partial void LogGaveUp(ILogger logger, Guid mailId, MailKind kind, Guid siteId, int attempts,
        string reason);

    [LoggerMessage(EventId = 1704, Level = LogLevel.Error, Message = "The mail worker failed; it tries again")]
    private static partial void LogWorkerFailed(ILogger logger, Exception exception);
}
