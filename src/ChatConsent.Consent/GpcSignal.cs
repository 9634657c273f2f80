namespace ChatConsent.Consent;

/// <summary>What a site does when a visitor's browser sends Global Privacy Control.</summary>
public enum GpcPolicy
{
    /// <summary>Default: the chat works, in privacy mode for this visitor (no metadata collected).</summary>
    PrivacyMode,

    /// <summary>Record the signal only; the site's privacy-mode setting applies as usual.</summary>
    RecordOnly,

    /// <summary>Treat the signal as a refusal of the chat's cookies.</summary>
    Deny,
}

/// <summary>The Global Privacy Control reading for one request under one site's policy.</summary>
/// <param name="Sent">Whether the browser sent the signal.</param>
/// <param name="PrivacyMode">Whether the chat must run in privacy mode for this visitor.</param>
/// <param name="Decision">Denied under <see cref="GpcPolicy.Deny"/>; otherwise Undecided, because
/// GPC is an objection to sale and sharing, not a consent decision about the chat.</param>
public sealed record GpcResult(bool Sent, bool PrivacyMode, ConsentDecision Decision);

/// <summary>
/// Reads Global Privacy Control (W3C GPC: <c>Sec-GPC: 1</c>, <c>navigator.globalPrivacyControl</c>).
/// </summary>
public static class GpcSignal
{
    /// <summary>The stable source name in evidence.</summary>
    public const string Source = "gpc";

    /// <summary>
    /// True only for the value <c>1</c>, the one value the spec defines; anything else is no
    /// preference. Page scripts cannot set a <c>Sec-</c> header, so the header is the browser's.
    /// </summary>
    public static bool IsSent(string? secGpcHeader) => secGpcHeader?.Trim() == "1";

    /// <summary>The widget's forwarded <c>navigator.globalPrivacyControl</c>: <c>true</c> or <c>1</c>.</summary>
    public static bool IsForwarded(string? value) => value?.Trim() is "true" or "1";

    /// <summary>Applies the site's policy to the request's signal.</summary>
    public static GpcResult Read(GpcPolicy policy, ConsentSignals signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        if (!signals.GlobalPrivacyControl)
            return new GpcResult(false, false, ConsentDecision.Undecided("gpc: not sent"));

        var evidence = new ConsentEvidence(Source, ["Sec-GPC"], null, null, Text.EvidenceDigest.Of("1"));
        return policy switch
        {
            GpcPolicy.Deny => new GpcResult(true, true, ConsentDecision.Denied(evidence)),
            GpcPolicy.RecordOnly => new GpcResult(true, false, ConsentDecision.Undecided("gpc: recorded")),
            _ => new GpcResult(true, true, ConsentDecision.Undecided("gpc: privacy mode, not a consent")),
        };
    }
}
