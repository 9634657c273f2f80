using System.Diagnostics;

namespace ChatConsent.Consent.Tests;

public sealed class CookieHeaderParserTests
{
    [Fact]
    public void Parse_TypicalHeader_KeepsRawValuesUndecoded()
    {
        var jar = CookieHeaderParser.Parse("a=1; CookieConsent={stamp:%27x+y==%27}; c=%7B%22k%22%7D");

        Assert.Equal(3, jar.Count);
        Assert.True(jar.TryGetValue("CookieConsent", out var value));
        Assert.Equal("{stamp:%27x+y==%27}", value);
        Assert.True(jar.TryGetValue("c", out var encoded));
        Assert.Equal("%7B%22k%22%7D", encoded);
    }

    [Fact]
    public void Parse_CommasAndQuotes_KeptInsideValue()
    {
        var header = """cookieyes-consent=consentid:x,consent:yes; cc_cookie={"level":["a","b"]}""";

        var jar = CookieHeaderParser.Parse(header);

        Assert.True(jar.TryGetValue("cookieyes-consent", out var yes));
        Assert.Equal("consentid:x,consent:yes", yes);
        Assert.True(jar.TryGetValue("cc_cookie", out var cc));
        Assert.Equal("""{"level":["a","b"]}""", cc);
    }

    [Fact]
    public void Parse_SameNameTwice_FirstOccurrenceWinsAndIsFlagged()
    {
        var jar = CookieHeaderParser.Parse("klaro=path-specific; other=1; klaro=domain-wide");

        Assert.True(jar.TryGetValue("klaro", out var value));
        Assert.Equal("path-specific", value);
        Assert.True(jar.IsDuplicated("klaro"));
        Assert.False(jar.IsDuplicated("other"));
    }

    [Fact]
    public void Parse_NamesAreCaseSensitive()
    {
        var jar = CookieHeaderParser.Parse("Klaro=1; klaro=2");

        Assert.True(jar.TryGetValue("klaro", out var value));
        Assert.Equal("2", value);
        Assert.False(jar.TryGetValue("KLARO", out _));
    }

    [Theory]
    [InlineData("novalue; a=1", 1)]
    [InlineData("=orphan; a=1", 1)]
    [InlineData(";;; ; a=1;;", 1)]
    [InlineData("  a =  1  ;\tb\t=2", 2)]
    [InlineData("a=", 1)]
    [InlineData("", 0)]
    [InlineData(null, 0)]
    public void Parse_OddPieces_SkippedOrTrimmed(string? header, int count)
    {
        Assert.Equal(count, CookieHeaderParser.Parse(header).Count);
    }

    [Fact]
    public void Parse_EqualsInsideValue_NameEndsAtFirstEquals()
    {
        var jar = CookieHeaderParser.Parse("OptanonConsent=isGpcEnabled=0&groups=C0003%3A1");

        Assert.True(jar.TryGetValue("OptanonConsent", out var value));
        Assert.Equal("isGpcEnabled=0&groups=C0003%3A1", value);
    }

    [Fact]
    public void Parse_ValueOverCap_SkippedWholeNotTruncated()
    {
        var big = new string('x', CookieHeaderParser.MaxValueLength + 1);

        var jar = CookieHeaderParser.Parse($"big={big}; a=1");

        Assert.False(jar.TryGetValue("big", out _));
        Assert.True(jar.TryGetValue("a", out _));
    }

    [Fact]
    public void Parse_HeaderOverCap_LastPartialPairDroppedAndTruncatedFlagged()
    {
        var filler = string.Concat(Enumerable.Repeat("f=" + new string('x', 8000) + "; ", 4));
        var header = filler + "klaro=" + new string('y', 2000);

        var jar = CookieHeaderParser.Parse(header);

        Assert.True(jar.IsTruncated);
        Assert.False(jar.TryGetValue("klaro", out _));
    }

    [Fact]
    public void Parse_TooManyCookies_StopsAtCap()
    {
        var header = string.Join("; ", Enumerable.Range(0, 1000).Select(i => $"c{i}={i}"));

        var jar = CookieHeaderParser.Parse(header);

        Assert.Equal(CookieHeaderParser.MaxCookies, jar.Count);
        Assert.True(jar.IsTruncated);
    }

    [Fact]
    public void Parse_UnderEveryCap_NotTruncated()
    {
        Assert.False(CookieHeaderParser.Parse("a=1; b=2").IsTruncated);
    }

    [Theory]
    [InlineData(';')]
    [InlineData('=')]
    [InlineData('x')]
    public void Parse_HostileSixtyFourKilobytes_FinishesFast(char fill)
    {
        var header = new string(fill, 64 * 1024);
        CookieHeaderParser.Parse(header);

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 100; i++)
            CookieHeaderParser.Parse(header);

        // Generous bound for a shared CI machine: microseconds per parse, not milliseconds.
        Assert.True(watch.Elapsed < TimeSpan.FromMilliseconds(500), $"100 parses took {watch.Elapsed}");
    }
}
