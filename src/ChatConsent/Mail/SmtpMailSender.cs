using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ChatConsent.Mail;

/// <summary>Sends mails over one SMTP connection with MailKit, as the <c>Mail</c> settings say.</summary>
public sealed class SmtpMailSender(IOptions<MailOptions> options) : IAsyncDisposable
{
    private readonly SmtpClient _client = new();

    public async Task SendAsync(string recipient, MailContent content, CancellationToken cancellationToken)
    {
        await ConnectAsync(cancellationToken);
        await _client.SendAsync(Build(recipient, content), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync(quit: true);
        }

        _client.Dispose();
    }

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        if (_client.IsConnected)
        {
            return;
        }

        var settings = options.Value;
        await _client.ConnectAsync(settings.Host, settings.Port, SocketOptions(settings), cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await _client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }
    }

    private static SecureSocketOptions SocketOptions(MailOptions settings) => settings.Security switch
    {
        MailSecurity.None => SecureSocketOptions.None,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };

    private MimeMessage Build(string recipient, MailContent content)
    {
        var settings = options.Value;
        var message = new MimeMessage { Subject = content.Subject };
        message.From.Add(new MailboxAddress(content.SenderName, settings.FromAddress));
        message.To.Add(MailboxAddress.Parse(recipient));
        if (content.UnsubscribeUrl is { } unsubscribe)
        {
            message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        message.Body = new BodyBuilder { TextBody = content.Text, HtmlBody = content.Html }.ToMessageBody();
        return message;
    }
}
