namespace ChatConsent.Consent.Tests.Platforms;

public sealed class VanillaCookieConsentReaderTests
{
    private static readonly PlatformMapping Functional =
        PlatformMapping.DefaultFor(ConsentPlatform.VanillaCookieConsent) with { Category = "functional" };

    private static ConsentDecision Read(string header, PlatformMapping? mapping = null) =>
        ConsentReader.Read(ConsentPlatform.VanillaCookieConsent, mapping ?? Functional,
            ConsentSignals.FromRequest(header));

    [Fact]
    public void Read_Version3CategoryAccepted_GrantedWithIdAndTime()
    {
        var decision = Read("cc_cookie=" + Samples.VanillaV3Granted);

        Assert.Equal(ConsentOutcome.Granted, decision.Outcome);
        Assert.Equal("00000000-1111-4222-8333-444444444444", decision.Evidence!.PlatformConsentId);
        Assert.Equal(Samples.At("2025-06-01T09:15:00Z"), decision.Evidence.PlatformTimestamp);
    }

    [Fact]
    public void Read_Version3CategoryNotAccepted_Denied()
    {
        Assert.Equal(ConsentOutcome.Denied, Read("cc_cookie=" + Samples.VanillaV3Denied).Outcome);
    }

    [Fact]
    public void Read_DefaultCategoryFunctionality_DeniedWhenOnlyFunctionalAccepted()
    {
        var mapping = PlatformMapping.DefaultFor(ConsentPlatform.VanillaCookieConsent);

        Assert.Equal(ConsentOutcome.Denied, Read("cc_cookie=" + Samples.VanillaV3Granted, mapping).Outcome);
    }

    [Fact]
    public void Read_ServiceMappedAndListed_Granted()
    {
        var decision = Read("cc_cookie=" + Samples.VanillaV3Granted, Functional with { Service = "livechat" });

        Assert.Equal(ConsentOutcome.Granted, decision.Outcome);
        Assert.Equal(["functional/livechat"], decision.Evidence!.Scopes);
    }

    [Fact]
    public void Read_ServiceMappedButNotListed_Denied()
    {
        var decision = Read("cc_cookie=" + Samples.VanillaV3Granted, Functional with { Service = "zendesk" });

        Assert.Equal(ConsentOutcome.Denied, decision.Outcome);
    }

    [Fact]
    public void Read_Version2RawJsonInHeader_ParsedDespiteQuotes()
    {
        var header = "_ga=GA1.1.1; cc_cookie=" + Samples.VanillaV2Raw + "; lang=de";

        var analytics = Read(header, Functional with { Category = "analytics" });
        var functional = Read(header);

        Assert.Equal(ConsentOutcome.Granted, analytics.Outcome);
        Assert.Equal(ConsentOutcome.Denied, functional.Outcome);
    }

    [Fact]
    public void Read_EarlyVersion3WithoutServices_CategoryDecides()
    {
        var value = Uri.EscapeDataString("""{"categories":["necessary","functional"],"revision":0}""");

        var decision = Read("cc_cookie=" + value, Functional with { Service = "livechat" });

        Assert.Equal(ConsentOutcome.Granted, decision.Outcome);
    }

    [Theory]
    [InlineData("""{"categories":"functional"}""")]
    [InlineData("""{"categories":["functional",7]}""")]
    [InlineData("""{"revision":0}""")]
    [InlineData("""{"categories":["functional"],"categories":[]}""")]
    [InlineData("""{"categories":["functional"]""")]
    [InlineData("functional")]
    public void Read_Malformed_Undecided(string value)
    {
        var decision = Read("cc_cookie=" + value);

        Assert.Equal(ConsentOutcome.Undecided, decision.Outcome);
    }

    [Fact]
    public void Read_ServicesEntryNotList_Undecided()
    {
        var value = """{"categories":["functional"],"services":{"functional":"livechat"}}""";

        var decision = Read("cc_cookie=" + value, Functional with { Service = "livechat" });

        Assert.Equal(ConsentOutcome.Undecided, decision.Outcome);
    }
}
