using System.Diagnostics.CodeAnalysis;

namespace ChatConsent.Consent;

/// <summary>
/// Everything one request offers as consent evidence. Forwarded evidence is what the widget read
/// where the server cannot (a cross-site deployment, or a platform that keeps its state in
/// localStorage), forwarded exactly as the platform wrote it and parsed here with the same
/// parsers as the cookie. A cookie in the request wins over forwarded evidence of the same name.
/// </summary>
/// <param name="Cookies">The request's cookies, from <see cref="CookieHeaderParser"/>.</param>
/// <param name="Forwarded">Cookie name or storage key to its raw value, as the widget sent it.</param>
/// <param name="GlobalPrivacyControl">Whether the visitor's browser sent Global Privacy Control.</param>
public sealed record ConsentSignals(
    CookieJar Cookies,
    IReadOnlyDictionary<string, string> Forwarded,
    bool GlobalPrivacyControl)
{
    /// <summary>Forwarded entries kept; every platform together needs a handful.</summary>
    public const int MaxForwardedEntries = 32;

    /// <summary>Longest forwarded or cookie value any reader looks at (Usercentrics history is long).</summary>
    public const int MaxValueLength = 64 * 1024;

    /// <summary>The forwarded key for <c>navigator.globalPrivacyControl</c> (<c>true</c> or <c>1</c>).</summary>
    public const string GpcKey = "globalPrivacyControl";

    /// <summary>No cookies, no forwarded evidence, no GPC.</summary>
    public static ConsentSignals None { get; } =
        new(CookieJar.Empty, new Dictionary<string, string>(), false);

    /// <summary>
    /// Builds the signals of one request from the raw <c>Cookie</c> header, the widget's forwarded
    /// evidence and the <c>Sec-GPC</c> header. GPC counts when either the header or the forwarded
    /// <see cref="GpcKey"/> says so: a forged signal can only make the chat more private.
    /// </summary>
    public static ConsentSignals FromRequest(string? cookieHeader,
        IReadOnlyDictionary<string, string>? forwarded = null, string? secGpcHeader = null)
    {
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in forwarded ?? new Dictionary<string, string>())
        {
            if (kept.Count == MaxForwardedEntries)
                break;
            if (key.Length <= CookieHeaderParser.MaxNameLength && value is not null)
                kept[key] = value;
        }

        var gpc = GpcSignal.IsSent(secGpcHeader) || GpcSignal.IsForwarded(kept.GetValueOrDefault(GpcKey));
        return new ConsentSignals(CookieHeaderParser.Parse(cookieHeader), kept, gpc);
    }

    /// <summary>The cookie of this name, else the forwarded value of this key.</summary>
    internal bool TryFind(string key, [NotNullWhen(true)] out string? value) =>
        Cookies.TryGetValue(key, out value) || Forwarded.TryGetValue(key, out value);
}
