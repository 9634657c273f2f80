namespace ChatConsent.Consent.Tests.Platforms;

public sealed class ComplianzReaderTests
{
    private static readonly PlatformMapping Mapping = PlatformMapping.DefaultFor(ConsentPlatform.Complianz);

    private static ConsentDecision Read(string header, PlatformMapping? mapping = null) =>
        ConsentReader.Read(ConsentPlatform.Complianz, mapping ?? Mapping, ConsentSignals.FromRequest(header));

    [Fact]
    public void Read_PreferencesAllow_Granted()
    {
        var decision = Read(Samples.ComplianzHeader);

        Assert.Equal(ConsentOutcome.Granted, decision.Outcome);
        Assert.Equal(["preferences"], decision.Evidence!.Scopes);
    }

    [Fact]
    public void Read_MarketingDeny_Denied()
    {
        var decision = Read(Samples.ComplianzHeader, Mapping with { Category = "marketing" });

        Assert.Equal(ConsentOutcome.Denied, decision.Outcome);
    }

    [Fact]
    public void Read_ServiceConsentRecorded_ServiceDecides()
    {
        var mapping = Mapping with { Service = "livechat" };
        var refusing = Samples.ComplianzServicesHeader.Replace("%3Atrue", "%3Afalse", StringComparison.Ordinal);

        var granted = Read(Samples.ComplianzServicesHeader, mapping);
        var deniedService = Read(refusing, mapping);

        Assert.Equal(ConsentOutcome.Granted, granted.Outcome);
        Assert.Equal(["preferences/livechat"], granted.Evidence!.Scopes);
        Assert.Equal(ConsentOutcome.Denied, deniedService.Outcome);
    }

    [Fact]
    public void Read_ServiceMappedButServicesCookieEmpty_CategoryDecides()
    {
        var decision = Read(Samples.ComplianzHeader, Mapping with { Service = "livechat" });

        Assert.Equal(ConsentOutcome.Granted, decision.Outcome);
    }

    [Fact]
    public void Read_MultisiteRootPrefix_ReadsPrefixedCookie()
    {
        var decision = Read("cmplz_preferences=deny; cmplz_rt_preferences=allow; cmplz_rt_id=77",
            Mapping with { CookieName = "cmplz_rt_" });

        Assert.Equal(ConsentOutcome.Granted, decision.Outcome);
        Assert.Equal("77", decision.Evidence!.PlatformConsentId);
    }

    [Fact]
    public void Read_EmptyValue_Undecided()
    {
        Assert.Equal(ConsentOutcome.Undecided, Read("cmplz_preferences=; cmplz_marketing=deny").Outcome);
    }

    [Theory]
    [InlineData("cmplz_preferences=yes")]
    [InlineData("cmplz_preferences=Allow")]
    [InlineData("cmplz_preferences=allow%20")]
    [InlineData("cmplz_marketing=allow")]
    public void Read_UnknownValueOrNoCookie_Undecided(string header)
    {
        Assert.Equal(ConsentOutcome.Undecided, Read(header).Outcome);
    }
}
