using System.Text.Json;
using ChatConsent.Data;
using Microsoft.AspNetCore.DataProtection;

namespace ChatConsent.Mail;

/// <summary>
/// Puts mails into the outbox table, so that a restart or an absent SMTP server loses none.
/// The content carries a live link, so it is protected while it waits; the link token itself is
/// stored only as a hash elsewhere.
/// </summary>
public sealed class MailOutbox(ChatDbContext db, IDataProtectionProvider protection, MailSignal signal,
    TimeProvider clock)
{
    private const string Purpose = "ChatConsent.Mail.Outbox";

    /// <summary>Adds the mail to the context; it is stored with the caller's next save.</summary>
    public OutboxMail Add(Guid siteId, Guid visitorId, MailKind kind, string recipient, MailContent content)
    {
        var now = clock.GetUtcNow();
        var mail = new OutboxMail
        {
            Id = Guid.CreateVersion7(now),
            SiteId = siteId,
            VisitorId = visitorId,
            Kind = kind,
            Recipient = recipient,
            ProtectedContent = Protector(protection).Protect(JsonSerializer.Serialize(content)),
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.OutboxMails.Add(mail);
        return mail;
    }

    /// <summary>Wakes the sender after the caller saved; without it the mail goes at the next poll.</summary>
    public void Wake() => signal.Wake();

    internal static MailContent Read(IDataProtectionProvider protection, string protectedContent) =>
        JsonSerializer.Deserialize<MailContent>(Protector(protection).Unprotect(protectedContent))!;

    private static IDataProtector Protector(IDataProtectionProvider protection) =>
        protection.CreateProtector(Purpose);
}

/// <summary>Lets whoever queued a mail or a digest wake the mail worker at once.</summary>
public sealed class MailSignal : IDisposable
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken; one wake-up serves every mail queued meanwhile.
        }
    }

    public void Dispose() => _wake.Dispose();

    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, clock, timer.Token);
        var woken = _wake.WaitAsync(timer.Token);
        await Task.WhenAny(delay, woken);
        await timer.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }
}
