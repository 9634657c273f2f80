using System.Buffers;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace ChatConsent.Tests.Support;

/// <summary>
/// A real SMTP server in the test process on 127.0.0.1, collecting every mail the service sends
/// through MailKit, parsed with MimeKit.
/// </summary>
public sealed partial class TestSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    private TestSmtpServer(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(Mails));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public Inbox<MimeMessage> Mails { get; } = new();

    /// <summary>The service's <c>Mail</c> settings for this server.</summary>
    public IReadOnlyDictionary<string, string?> Settings => MailSettings(Port);

    public static IReadOnlyDictionary<string, string?> MailSettings(int port) => new Dictionary<string, string?>
    {
        ["Mail:Host"] = "127.0.0.1",
        ["Mail:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Security"] = "None",
        ["Mail:FromAddress"] = "chat@shop.example",
    };

    public static async Task<TestSmtpServer> StartAsync(int? port = null)
    {
        var server = new TestSmtpServer(port ?? FreePort());
        await server.WaitUntilListeningAsync();
        return server;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The token in the first continue link of a mail's text part.</summary>
    public static string TokenIn(MimeMessage mail) => ContinueToken().Match(mail.TextBody ?? "").Groups[1].Value;

    /// <summary>The first link of a mail's text part that leads to the continue page.</summary>
    public static Uri ContinueLinkIn(MimeMessage mail) => new(ContinueLink().Match(mail.TextBody ?? "").Value);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // The server ends by cancellation.
        }

        _stop.Dispose();
    }

    private async Task WaitUntilListeningAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (attempt < 100)
            {
                await Task.Delay(50);
            }
        }
    }

    [GeneratedRegex("chatconsent-continue=([A-Za-z0-9_-]+)")]
    private static partial Regex ContinueToken();

    [GeneratedRegex(@"https?://\S+#chatconsent-continue=[A-Za-z0-9_-]+")]
    private static partial Regex ContinueLink();

    private sealed class Store(Inbox<MimeMessage> mails) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            mails.Add(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
