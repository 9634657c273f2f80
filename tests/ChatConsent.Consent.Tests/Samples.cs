namespace ChatConsent.Consent.Tests;

/// <summary>
/// Cookie values in the exact form browsers send them, from the consent-format research
/// (identifiers synthetic). Each is referenced by the tests of its platform and by the fuzz tests.
/// </summary>
internal static class Samples
{
    public const string CookiebotGranted =
        "{stamp:%27c3ludGhldGljLXN0YW1wLTAwMDE+QUJDRA==%27%2Cnecessary:true%2Cpreferences:true"
        + "%2Cstatistics:false%2Cmarketing:false%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1735689600000"
        + "%2Cregion:%27de%27}";

    public const string CookiebotImpliedRegion =
        "{stamp:%27-1%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:true%2Cmarketing:true"
        + "%2Cmethod:%27implied%27%2Cver:1%2Cutc:1735689600000%2Cregion:%27us-06%27}";

    public const string CookiebotDeniedWithIab2 =
        "{stamp:%27c3ludGhldGljLXN0YW1wLTAwMDI/WFla%27%2Cnecessary:true%2Cpreferences:false"
        + "%2Cstatistics:false%2Cmarketing:false%2Cmethod:%27explicit%27%2Cver:2%2Cutc:1735689600000"
        + "%2Ciab2:%27CQSbk4AQSbk4ANwAAAENAwCgAAAAAAAAAAYgACPAAAAA.IDKQA4AAgAKAGQAygAAA%27%2Cregion:%27fr%27}";

    // A 2020 cookie: no method field.
    public const string CookiebotOldWithoutMethod =
        "{stamp:%27c3ludGhldGljLXN0YW1wLTAwMDM=%27%2Cnecessary:true%2Cpreferences:true"
        + "%2Cstatistics:true%2Cmarketing:false%2Cver:1%2Cutc:1588291200000%2Cregion:%27de%27}";

    public const string Borlabs2Granted =
        "%7B%22consents%22%3A%7B%22essential%22%3A%5B%22borlabs-cookie%22%5D%2C%22statistics%22%3A%5B"
        + "%22google-analytics%22%5D%2C%22external-media%22%3A%5B%22youtube%22%5D%2C%22functional%22%3A%5B"
        + "%22livechat%22%5D%7D%2C%22domainPath%22%3A%22www.example.de%2F%22%2C%22expires%22%3A%22Tue%2C"
        + "%2030%20Jun%202026%2010%3A00%3A00%20GMT%22%2C%22uid%22%3A%22a1b2c3d4-e5f6g7h8-i9j0k1l2-m3n4o5p6"
        + "%22%2C%22version%22%3A%221%22%7D";

    public const string Borlabs3Granted =
        "%7B%22consents%22%3A%7B%22essential%22%3A%5B%22borlabs-cookie%22%5D%2C%22marketing%22%3A%5B"
        + "%22facebook-pixel%22%5D%2C%22external-media%22%3A%5B%22livechat%22%5D%7D%2C%22domainPath%22%3A"
        + "%22example.com%2F%22%2C%22expires%22%3A%22Wed%2C%2001%20Jul%202026%2008%3A30%3A00%20GMT%22%2C"
        + "%22uid%22%3A%22q7r8s9t0-u1v2w3x4-y5z6a7b8-c9d0e1f2%22%2C%22v3%22%3Atrue%2C%22version%22%3A1%7D";

    public const string Borlabs3EssentialOnly =
        "%7B%22consents%22%3A%7B%22essential%22%3A%5B%22borlabs-cookie%22%5D%7D%2C%22domainPath%22%3A"
        + "%22example.com%2F%22%2C%22expires%22%3A%22Wed%2C%2001%20Jul%202026%2008%3A30%3A00%20GMT%22%2C"
        + "%22uid%22%3A%22anonymous%22%2C%22v3%22%3Atrue%2C%22version%22%3A1%7D";

    // Usercentrics writes compact JSON; the samples are laid out for reading and compacted.
    public static readonly string UsercentricsV2Granted = Compact("""
        {"controllerId":"0000000000000000000000000000000000000000000000000000000000000001",
         "id":"SyNtHeTiC","language":"en","services":[{"history":[
           {"action":"onInitialPageLoad","language":"en","status":false,"timestamp":1735689600000,
            "type":"implicit","versions":{"application":"SDK-4.28.2","service":"1.0.0","settings":"2.0.0"}},
           {"action":"onUpdateServices","language":"en","status":true,"timestamp":1735689700000,
            "type":"explicit","versions":{"application":"SDK-4.28.2","service":"1.0.0","settings":"2.0.0"}}],
         "id":"ChatTplId01",
         "processorId":"0000000000000000000000000000000000000000000000000000000000000002","status":true}],
         "version":"2.0.0"}
        """);

    public static readonly string UsercentricsV3Granted = Compact("""
        {"consent":{"status":"SOME_ACCEPTED","required":false,"controllerId":"ctrl-0001",
          "createdAt":1735689600000,"updatedAt":1735689700000,"type":"EXPLICIT"},
         "services":{
          "ChatTplId01":{"name":"ChatConsent","category":"functional","essential":false,
            "consent":{"given":true,"type":"EXPLICIT"}},
          "87JYasXPF":{"name":"Google Analytics 4","category":"marketing","essential":false,
            "consent":{"given":false,"type":"EXPLICIT"}}}}
        """);

    public const string KlaroGranted = "%7B%22klaro%22%3Atrue%2C%22livechat%22%3Atrue%2C%22matomo%22%3Afalse%7D";

    public const string KlaroDenied =
        "%7B%22klaro%22%3Atrue%2C%22livechat%22%3Afalse%2C%22matomo%22%3Afalse%2C%22youtube%22%3Afalse%7D";

    public const string VanillaV3Granted =
        "%7B%22categories%22%3A%5B%22necessary%22%2C%22functional%22%5D%2C%22revision%22%3A0%2C%22data%22"
        + "%3Anull%2C%22consentTimestamp%22%3A%222025-06-01T09%3A15%3A00.000Z%22%2C%22consentId%22%3A"
        + "%2200000000-1111-4222-8333-444444444444%22%2C%22services%22%3A%7B%22necessary%22%3A%5B%5D%2C"
        + "%22functional%22%3A%5B%22livechat%22%5D%2C%22analytics%22%3A%5B%5D%7D%2C%22languageCode%22%3A"
        + "%22en%22%2C%22lastConsentTimestamp%22%3A%222025-06-01T09%3A15%3A00.000Z%22%2C%22expirationTime"
        + "%22%3A1764494100000%7D";

    public const string VanillaV3Denied =
        "%7B%22categories%22%3A%5B%22necessary%22%5D%2C%22revision%22%3A2%2C%22data%22%3Anull%2C"
        + "%22consentTimestamp%22%3A%222025-06-01T09%3A15%3A00.000Z%22%2C%22consentId%22%3A%2255555555-6666"
        + "-4777-8888-999999999999%22%2C%22services%22%3A%7B%22necessary%22%3A%5B%5D%2C%22functional%22%3A"
        + "%5B%5D%2C%22analytics%22%3A%5B%5D%7D%2C%22languageCode%22%3A%22de%22%2C%22lastConsentTimestamp"
        + "%22%3A%222025-06-02T10%3A00%3A00.000Z%22%2C%22expirationTime%22%3A1764583200000%7D";

    public const string VanillaV2Raw =
        """{"level":["necessary","analytics"],"revision":0,"data":null,"rfc_cookie":false}""";

    public const string OneTrustGranted =
        "isGpcEnabled=0&datestamp=Mon+Jun+02+2025+10%3A15%3A00+GMT%2B0200+(Central+European+Summer+Time)"
        + "&version=202504.1.0&browserGpcFlag=0&isIABGlobal=false&hosts=&consentId=00000000-aaaa-4bbb-8ccc"
        + "-dddddddddddd&interactionCount=1&isAnonUser=1&landingPath=NotLandingPage&groups=C0001%3A1%2C"
        + "C0002%3A0%2CC0003%3A1%2CC0004%3A0&intType=3&geolocation=DE%3BBE&AwaitingReconsent=false";

    public const string OneTrustImplied =
        "isGpcEnabled=1&datestamp=Mon+Jun+02+2025+04%3A15%3A00+GMT-0400+(Eastern+Daylight+Time)"
        + "&version=202504.1.0&browserGpcFlag=1&isIABGlobal=false&hosts=&consentId=11111111-aaaa-4bbb-8ccc"
        + "-dddddddddddd&interactionCount=0&isAnonUser=1&landingPath=https%3A%2F%2Fwww.example.com%2F"
        + "&groups=C0001%3A1%2CC0002%3A1%2CC0003%3A1%2CC0004%3A0&AwaitingReconsent=false";

    public const string CookieYesPartial =
        "consentid:U3ludGhldGljQ29uc2VudElkMDAwMDAwMDAwMDE,consent:no,action:yes,necessary:yes,"
        + "functional:yes,analytics:no,performance:no,advertisement:no,other:no";

    public const string CookieYesUndecided =
        "consentid:U3ludGhldGljQ29uc2VudElkMDAwMDAwMDAwMDI,consent:,action:,necessary:,functional:,"
        + "analytics:,performance:,advertisement:,other:";

    public const string CookieYesAll =
        "consentid:U3ludGhldGljQ29uc2VudElkMDAwMDAwMDAwMDM,consent:yes,action:yes,necessary:yes,"
        + "functional:yes,analytics:yes,performance:yes,advertisement:yes,other:yes";

    public const string ComplianzHeader =
        "cmplz_consented_services=; cmplz_policy_id=35; cmplz_marketing=deny; cmplz_statistics=deny; "
        + "cmplz_preferences=allow; cmplz_functional=allow; cmplz_banner-status=dismissed";

    public const string ComplianzServicesHeader =
        """cmplz_saved_categories=["preferences"]; cmplz_saved_services={}; """
        + "cmplz_consented_services=%7B%22livechat%22%3Atrue%7D; cmplz_policy_id=12; "
        + "cmplz_preferences=allow; cmplz_functional=allow";

    /// <summary>An ISO 8601 instant, parsed the same on every machine.</summary>
    public static DateTimeOffset At(string iso) =>
        DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static string Compact(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!.ToJsonString();

    /// <summary>Signals with one cookie, as the browser would send it in the header.</summary>
    public static ConsentSignals Cookie(string name, string value) =>
        ConsentSignals.FromRequest($"{name}={value}");

    /// <summary>Signals with one forwarded value and no cookies (cross-site, or localStorage).</summary>
    public static ConsentSignals Forwarded(string key, string value) =>
        ConsentSignals.FromRequest(null, new Dictionary<string, string> { [key] = value });
}
