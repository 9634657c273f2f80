using ChatConsent.Consent.Text;

namespace ChatConsent.Consent.Platforms;

/// <summary>What every platform reader does the same way: find the value, build evidence, decide.</summary>
internal static class Reading
{
    private const int MaxConsentIdLength = 128;

    /// <summary>
    /// The raw value under <paramref name="key"/>, from the cookie or the forwarded evidence. A value
    /// that is absent (Safari drops script-set cookies after seven days) is "not decided", never
    /// "withdrawn"; an oversized one is refused before any parser sees it.
    /// </summary>
    public static bool TryFind(ConsentSignals signals, string source, string key, out string raw,
        out ConsentDecision missing)
    {
        raw = "";
        missing = ConsentDecision.Undecided($"{source}: no {key} cookie or forwarded value");
        if (!signals.TryFind(key, out var value))
            return false;
        if (value.Length > ConsentSignals.MaxValueLength)
        {
            missing = Malformed(source, key, $"is over {ConsentSignals.MaxValueLength} characters");
            return false;
        }

        raw = value;
        return true;
    }

    /// <summary>
    /// Granted or denied, unless the platform only implied the answer and the site does not accept
    /// implied consent: then nobody chose, so it is "not decided".
    /// </summary>
    public static ConsentDecision Decide(bool granted, bool implied, PlatformMapping mapping,
        ConsentEvidence evidence)
    {
        if (implied && !mapping.AcceptImpliedConsent)
            return ConsentDecision.Undecided($"{evidence.Source}: the answer is implied, not the visitor's");
        return granted ? ConsentDecision.Granted(evidence) : ConsentDecision.Denied(evidence);
    }

    /// <summary>
    /// Evidence over the raw value. A platform consent id longer than any real one (UUIDs, 64-hex
    /// controller ids, base64 stamps) is dropped rather than stored: it can only be junk.
    /// </summary>
    public static ConsentEvidence Evidence(string source, string raw, string scope, string? consentId,
        DateTimeOffset? timestamp) =>
        new(source, [scope], consentId is { Length: > 0 and <= MaxConsentIdLength } ? consentId : null,
            timestamp, EvidenceDigest.Of(raw));

    public static ConsentDecision Malformed(string source, string key, string why) =>
        ConsentDecision.Undecided($"{source}: {key} {why}");

    public static ConsentDecision NotMapped(string source, string what) =>
        ConsentDecision.Undecided($"{source}: no {what} is mapped to the chat");
}
