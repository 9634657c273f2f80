namespace ChatConsent.Consent.Tests.Platforms;

public sealed class OneTrustReaderTests
{
    private static readonly PlatformMapping Mapping = PlatformMapping.DefaultFor(ConsentPlatform.OneTrust);

    private static ConsentDecision Read(string value, PlatformMapping? mapping = null) =>
        ConsentReader.Read(ConsentPlatform.OneTrust, mapping ?? Mapping, Samples.Cookie("OptanonConsent", value));

    [Fact]
    public void Read_FunctionalGroupOnAfterInteraction_GrantedWithIdAndDatestamp()
    {
        var decision = Read(Samples.OneTrustGranted);

        Assert.Equal(ConsentOutcome.Granted, decision.Outcome);
        Assert.Equal("00000000-aaaa-4bbb-8ccc-dddddddddddd", decision.Evidence!.PlatformConsentId);
        Assert.Equal(Samples.At("2025-06-02T10:15:00+02:00"), decision.Evidence.PlatformTimestamp);
    }

    [Fact]
    public void Read_GroupOff_Denied()
    {
        var decision = Read(Samples.OneTrustGranted, Mapping with { Category = "C0004" });

        Assert.Equal(ConsentOutcome.Denied, decision.Outcome);
    }

    [Fact]
    public void Read_NoInteractionYet_UndecidedUnlessImpliedAccepted()
    {
        var strict = Read(Samples.OneTrustImplied);
        var lenient = Read(Samples.OneTrustImplied, Mapping with { AcceptImpliedConsent = true });

        Assert.Equal(ConsentOutcome.Undecided, strict.Outcome);
        Assert.Equal(ConsentOutcome.Granted, lenient.Outcome);
    }

    [Fact]
    public void Read_EncodedAmpersandInLandingPath_DoesNotSplitFields()
    {
        var landingPath = "https%3A%2F%2Fshop.example%2F%3Fa%3D1%26groups%3DC0003%3A0";
        var value = Samples.OneTrustGranted.Replace("NotLandingPage", landingPath, StringComparison.Ordinal);

        Assert.Equal(ConsentOutcome.Granted, Read(value).Outcome);
    }

    [Fact]
    public void Read_GroupMissing_Undecided()
    {
        var decision = Read(Samples.OneTrustGranted, Mapping with { Category = "C0005" });

        Assert.Equal(ConsentOutcome.Undecided, decision.Outcome);
    }

    [Fact]
    public void Read_AwaitingReconsent_Undecided()
    {
        var value = Samples.OneTrustGranted.Replace("AwaitingReconsent=false", "AwaitingReconsent=true",
            StringComparison.Ordinal);

        Assert.Equal(ConsentOutcome.Undecided, Read(value).Outcome);
    }

    [Fact]
    public void Read_LegacyNumericGroups_Configurable()
    {
        var decision = Read("interactionCount=2&groups=1%3A1%2C2%3A0%2C3%3A1", Mapping with { Category = "3" });

        Assert.Equal(ConsentOutcome.Granted, decision.Outcome);
    }

    [Theory]
    [InlineData("interactionCount=1&groups=C0003%3A2")]
    [InlineData("interactionCount=1&groups=C0003%3A1&groups=C0003%3A1")]
    [InlineData("interactionCount=1&groups=C0003%3A0%2CC0003%3A1")]
    [InlineData("interactionCount=1&groups=C0003%3A1%2")]
    [InlineData("interactionCount=1&hosts=")]
    [InlineData("interactionCount=1&groups")]
    [InlineData("C0003:1")]
    public void Read_Malformed_Undecided(string value)
    {
        var decision = Read(value);

        Assert.Equal(ConsentOutcome.Undecided, decision.Outcome);
        Assert.StartsWith("onetrust:", decision.RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseDatestamp_NegativeOffset_Parsed()
    {
        var datestamp = "Mon Jun 02 2025 04:15:00 GMT-0400 (Eastern Daylight Time)";

        var at = Consent.Platforms.OneTrustReader.ParseDatestamp(datestamp);

        Assert.Equal(Samples.At("2025-06-02T08:15:00Z"), at);
    }
}
