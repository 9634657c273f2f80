using ChatConsent.Consent.Tests.Platforms;
using FsCheck;
using FsCheck.Fluent;

namespace ChatConsent.Consent.Tests.Properties;

/// <summary>
/// Random and mutated inputs: no reader may throw, and none may grant unless the independent
/// <see cref="GrantOracle"/> also reads a grant. FsCheck drives the inputs; each property also
/// checks that it exercised real grants, so it cannot pass by the readers refusing everything.
/// </summary>
public sealed class ParserPropertyTests
{
    private const int Runs = 3000;

    private static readonly (ConsentPlatform Platform, string Key, string Value)[] Cases =
    [
        (ConsentPlatform.Cookiebot, "CookieConsent", Samples.CookiebotGranted),
        (ConsentPlatform.Cookiebot, "CookieConsent", Samples.CookiebotDeniedWithIab2),
        (ConsentPlatform.Cookiebot, "CookieConsent", Samples.CookiebotOldWithoutMethod),
        (ConsentPlatform.Borlabs, "borlabs-cookie", Samples.Borlabs2Granted),
        (ConsentPlatform.Borlabs, "borlabs-cookie", Samples.Borlabs3EssentialOnly),
        (ConsentPlatform.Usercentrics, "uc_settings", Samples.UsercentricsV2Granted),
        (ConsentPlatform.Usercentrics, "ucData", Samples.UsercentricsV3Granted),
        (ConsentPlatform.Klaro, "klaro", Samples.KlaroGranted),
        (ConsentPlatform.Klaro, "klaro", Samples.KlaroDenied),
        (ConsentPlatform.VanillaCookieConsent, "cc_cookie", Samples.VanillaV3Granted),
        (ConsentPlatform.VanillaCookieConsent, "cc_cookie", Samples.VanillaV3Denied),
        (ConsentPlatform.VanillaCookieConsent, "cc_cookie", """{"level":["necessary","functional"]}"""),
        (ConsentPlatform.OneTrust, "OptanonConsent", Samples.OneTrustGranted),
        (ConsentPlatform.OneTrust, "OptanonConsent", Samples.OneTrustImplied),
        (ConsentPlatform.CookieYes, "cookieyes-consent", Samples.CookieYesPartial),
        (ConsentPlatform.CookieYes, "cookieyes-consent", Samples.CookieYesUndecided),
        (ConsentPlatform.Complianz, "cmplz_preferences", "allow"),
        (ConsentPlatform.Complianz, "cmplz_preferences", "deny"),
        (ConsentPlatform.Tcf, "euconsent-v2",
            TcfReaderTests.Fixture("bitfield-vendors-publisher-custom-purposes")),
        (ConsentPlatform.Tcf, "euconsent-v2", TcfReaderTests.Fixture("chat-as-denied-custom-purpose")),
        (ConsentPlatform.Tcf, "euconsent-v2", "CQGiOUAQGiOUAAHABBENBLFgAAAAAAAAAAAAAAAAAAAA.YAAAAAAAAAAA"),
    ];

    private static readonly string[] Tokens =
    [
        "CookieConsent=", "borlabs-cookie=", "klaro=", "cc_cookie=", "OptanonConsent=", "cookieyes-consent=",
        "cmplz_preferences=", "euconsent-v2=", "; ", ";", "=", "{", "}", "[", "]", "%7B", "%7D", "%22", "%3A",
        "%2C", "%27", "%", "'", "\"", ",", ":", "&", "+", "true", "false", "allow", "yes", "functional:yes",
        "action:yes", "preferences:true", "method:'explicit'", "stamp:'x'", "groups=", "C0003%3A1",
        "interactionCount=1", "\"livechat\"", "\"consents\"", "\"categories\"", "CQ", "Y", "A", "_", "-",
        "\u00e9", "\ud83d\ude00", "\ud800", "\0", " ",
    ];

    [Fact]
    public void Read_RandomCookieHeaders_NeverThrowAndGrantOnlyWithOracle()
    {
        var headers = Gen.ArrayOf(Gen.Elements(Tokens)).Select(string.Concat);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Runs), Prop.ForAll(Arb.From(headers), header =>
        {
            var signals = ConsentSignals.FromRequest(header);
            return signals.Cookies.Names.All(n => signals.Cookies.TryGetValue(n, out var v) && !v.Contains(';'))
                && Enum.GetValues<ConsentPlatform>().All(p => Holds(p, signals));
        }));
    }

    [Fact]
    public void Read_MutatedRealSamplesInHeader_NeverThrowAndGrantOnlyWithOracle()
    {
        var granted = 0;

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Runs), Prop.ForAll(Arb.From(Mutated()), input =>
        {
            var (platform, key, value) = input;
            var signals = ConsentSignals.FromRequest($"{key}={value}");
            if (IsGranted(platform, signals))
                Interlocked.Increment(ref granted);
            return Holds(platform, signals);
        }));

        // Harmless mutations (inside an id or a skipped field) keep a grant: the property saw real grants.
        Assert.True(granted > Runs / 50, $"only {granted} mutated inputs were granted");
    }

    [Fact]
    public void Read_MutatedRealSamplesForwarded_NeverThrowAndGrantOnlyWithOracle()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Runs), Prop.ForAll(Arb.From(Mutated()), input =>
            Holds(input.Platform, Samples.Forwarded(input.Key, input.Value))));
    }

    [Fact]
    public void Read_TruncatedStructuredSamples_NeverGranted()
    {
        var structured = Cases.Where(c => c.Platform is not (ConsentPlatform.CookieYes or ConsentPlatform.Tcf
            or ConsentPlatform.OneTrust or ConsentPlatform.Complianz)).ToArray();
        var cuts = from index in Gen.Choose(0, structured.Length - 1)
                   from cut in Gen.Choose(1, structured[index].Value.Length - 1)
                   select (structured[index].Platform, structured[index].Key, structured[index].Value[..cut]);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Runs), Prop.ForAll(Arb.From(cuts), input =>
            !IsGranted(input.Platform, Samples.Forwarded(input.Key, input.Item3))));
    }

    [Fact]
    public void Oracle_UnmutatedGrantingSamples_AgreesWithReaders()
    {
        foreach (var (platform, key, value) in Cases)
        {
            var signals = Samples.Cookie(key, value);
            var granted = IsGranted(platform, signals);

            Assert.True(granted == GrantOracle.Grants(platform, signals), $"{platform}: {key}");
        }
    }

    private static bool Holds(ConsentPlatform platform, ConsentSignals signals) =>
        !IsGranted(platform, signals) || GrantOracle.Grants(platform, signals);

    private static bool IsGranted(ConsentPlatform platform, ConsentSignals signals) =>
        ConsentReader.Read(platform, GrantOracle.Mappings[platform], signals).Outcome == ConsentOutcome.Granted;

    private static Gen<(ConsentPlatform Platform, string Key, string Value)> Mutated()
    {
        var mutation = from kind in Gen.Choose(0, 6)
                       from position in Gen.Choose(0, 100_000)
                       from token in Gen.Elements(Tokens)
                       select (kind, position, token);
        return from index in Gen.Choose(0, Cases.Length - 1)
               from count in Gen.Choose(1, 3)
               from mutations in Gen.ArrayOf(mutation, count)
               select (Cases[index].Platform, Cases[index].Key, mutations.Aggregate(Cases[index].Value, Mutate));
    }

    private static string Mutate(string value, (int Kind, int Position, string Token) m)
    {
        if (value.Length == 0)
            return m.Token;
        var at = m.Position % value.Length;
        return m.Kind switch
        {
            0 => value.Remove(at, 1),
            1 => value.Insert(at, m.Token),
            2 => value.Remove(at, 1).Insert(at, m.Token),
            3 => value[..at],
            4 => value.Insert(at, value.Substring(at, Math.Min(12, value.Length - at))),
            5 when at + 1 < value.Length =>
                string.Concat(value[..at], value[at + 1], value[at], value[(at + 2)..]),
            _ => value.Remove(at, 1).Insert(at, value[((at * 7) + 3) % value.Length].ToString()),
        };
    }
}
