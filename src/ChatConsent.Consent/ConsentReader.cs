using ChatConsent.Consent.Platforms;

namespace ChatConsent.Consent;

/// <summary>
/// The one entry point the consent gate calls: what the site's consent platform says about the
/// chat for this request. Never throws on any input and never grants on unreadable evidence:
/// malformed, truncated, oversized, wrongly encoded or forged values are
/// <see cref="ConsentOutcome.Undecided"/> with a reason that names the source and never holds
/// the raw value, so it can go into a log line as it is.
/// </summary>
public static class ConsentReader
{
    /// <summary>Reads <paramref name="platform"/>'s stored choice under the site's mapping.</summary>
    public static ConsentDecision Read(ConsentPlatform platform, PlatformMapping mapping,
        ConsentSignals signals)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(signals);
        return platform switch
        {
            ConsentPlatform.Cookiebot => CookiebotReader.Read(mapping, signals),
            ConsentPlatform.Borlabs => BorlabsReader.Read(mapping, signals),
            ConsentPlatform.Usercentrics => UsercentricsReader.Read(mapping, signals),
            ConsentPlatform.Klaro => KlaroReader.Read(mapping, signals),
            ConsentPlatform.VanillaCookieConsent => VanillaCookieConsentReader.Read(mapping, signals),
            ConsentPlatform.OneTrust => OneTrustReader.Read(mapping, signals),
            ConsentPlatform.CookieYes => CookieYesReader.Read(mapping, signals),
            ConsentPlatform.Complianz => ComplianzReader.Read(mapping, signals),
            ConsentPlatform.Tcf => TcfReader.Read(mapping, signals),
            _ => ConsentDecision.Undecided($"unknown consent platform {(int)platform}"),
        };
    }

    /// <summary>Reads Global Privacy Control under the site's <paramref name="policy"/>.</summary>
    public static GpcResult ReadGpc(GpcPolicy policy, ConsentSignals signals) => GpcSignal.Read(policy, signals);
}
