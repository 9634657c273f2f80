namespace ChatConsent.Consent;

/// <summary>The consent platforms whose stored choice the chat can obey.</summary>
public enum ConsentPlatform
{
    /// <summary>Cookiebot: the <c>CookieConsent</c> cookie, a JavaScript object literal.</summary>
    Cookiebot,

    /// <summary>Borlabs Cookie 2.x and 3.x: the <c>borlabs-cookie</c> cookie, encoded JSON.</summary>
    Borlabs,

    /// <summary>Usercentrics CMP v2 (<c>uc_settings</c>) and v3 (<c>ucData</c>), both localStorage.</summary>
    Usercentrics,

    /// <summary>Klaro: the <c>klaro</c> cookie, encoded JSON of service name to boolean.</summary>
    Klaro,

    /// <summary>orestbida vanilla-cookieconsent v3, and the raw-JSON v2 cookie: <c>cc_cookie</c>.</summary>
    VanillaCookieConsent,

    /// <summary>OneTrust: the <c>OptanonConsent</c> cookie, a query string with <c>groups</c>.</summary>
    OneTrust,

    /// <summary>CookieYes: the <c>cookieyes-consent</c> cookie, <c>key:value</c> pairs.</summary>
    CookieYes,

    /// <summary>Complianz 6+: one <c>cmplz_&lt;category&gt;</c> cookie per category.</summary>
    Complianz,

    /// <summary>An IAB TCF v2.2/2.3 TC string (<c>euconsent-v2</c>, <c>eupubconsent-v2</c>, <c>iab2</c>).</summary>
    Tcf,
}
