using BenchmarkDotNet.Attributes;
using ChatConsent.Consent;
using ChatConsent.Consent.Tcf;

namespace ChatConsent.Benchmarks;

/// <summary>What the consent gate costs per request, including under a hostile header.</summary>
[MemoryDiagnoser]
public class ConsentParsingBenchmarks
{
    private readonly string _typicalHeader = BenchmarkInputs.TypicalHeader;
    private readonly string _hostileHeader = BenchmarkInputs.HostileHeader;
    private readonly string _longTcString = BenchmarkInputs.LongTcString;
    private readonly string _tcfHeader = "euconsent-v2=" + BenchmarkInputs.LongTcString;
    private readonly PlatformMapping _cookiebot = PlatformMapping.DefaultFor(ConsentPlatform.Cookiebot);
    private readonly PlatformMapping _tcfVendor = new() { TcfVendorId = 2 };

    [Benchmark(Baseline = true, Description = "Parse typical Cookie header")]
    public CookieJar ParseTypicalHeader() => CookieHeaderParser.Parse(_typicalHeader);

    [Benchmark(Description = "Parse + read Cookiebot (typical header)")]
    public ConsentDecision ReadCookiebotFromTypicalHeader() =>
        ConsentReader.Read(ConsentPlatform.Cookiebot, _cookiebot, ConsentSignals.FromRequest(_typicalHeader));

    [Benchmark(Description = "Parse hostile 64 KB header")]
    public CookieJar ParseHostileHeader() => CookieHeaderParser.Parse(_hostileHeader);

    [Benchmark(Description = "Decode long TC string (1,000 vendor ranges)")]
    public bool DecodeLongTcString() => TcStringDecoder.TryDecode(_longTcString, out _, out _);

    [Benchmark(Description = "Parse + read TCF vendor (long TC string)")]
    public ConsentDecision ReadTcfVendor() =>
        ConsentReader.Read(ConsentPlatform.Tcf, _tcfVendor, ConsentSignals.FromRequest(_tcfHeader));
}
