using Microsoft.Net.Http.Headers;

namespace ChatConsent.Consent;

/// <summary>
/// The consent signals of one request: the raw <c>Cookie</c> header (never ASP.NET Core's parsed
/// cookies, which unescape values and cut them at commas), the evidence the widget forwarded, and
/// <c>Sec-GPC</c>. Parsed once per request and shared by every source.
/// </summary>
internal static partial class RequestConsentSignals
{
    private static readonly object Key = new();

    public static ConsentSignals Of(HttpContext context, ILogger logger)
    {
        if (context.Items.TryGetValue(Key, out var cached) && cached is ConsentSignals signals)
        {
            return signals;
        }

        var (forwarded, problem) = ForwardedEvidence.Read(context.Request);
        if (problem is not null)
        {
            LogForwardedRejected(logger, problem);
        }

        // HTTP/2 may split cookies over several header fields; RFC 9113 joins them with "; ".
        var cookieHeader = string.Join("; ", context.Request.Headers[HeaderNames.Cookie].ToArray());
        signals = ConsentSignals.FromRequest(cookieHeader, forwarded, context.Request.Headers["Sec-GPC"]);
        context.Items[Key] = signals;
        return signals;
    }

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning,
        Message = "Ignored the consent evidence the widget forwarded: {Reason}")]
    private static partial void LogForwardedRejected(ILogger logger, string reason);
}
