namespace ChatConsent.Consent.Tests.Platforms;

public sealed class CookiebotReaderTests
{
    private static readonly PlatformMapping Mapping = PlatformMapping.DefaultFor(ConsentPlatform.Cookiebot);

    private static ConsentDecision Read(string value, PlatformMapping? mapping = null) =>
        ConsentReader.Read(ConsentPlatform.Cookiebot, mapping ?? Mapping, Samples.Cookie("CookieConsent", value));

    [Fact]
    public void Read_ExplicitPreferencesTrue_GrantedWithStampAndTime()
    {
        var decision = Read(Samples.CookiebotGranted);

        Assert.Equal(ConsentOutcome.Granted, decision.Outcome);
        Assert.Equal("cookiebot", decision.Evidence!.Source);
        Assert.Equal(["preferences"], decision.Evidence.Scopes);
        // The + of the base64 stamp survives: the value is decoded once, never form-decoded.
        Assert.Equal("c3ludGhldGljLXN0YW1wLTAwMDE+QUJDRA==", decision.Evidence.PlatformConsentId);
        Assert.Equal(Samples.At("2025-01-01T00:00:00Z"), decision.Evidence.PlatformTimestamp);
    }

    [Fact]
    public void Read_ExplicitPreferencesFalse_Denied()
    {
        var decision = Read(Samples.CookiebotDeniedWithIab2);

        Assert.Equal(ConsentOutcome.Denied, decision.Outcome);
        Assert.Equal("c3ludGhldGljLXN0YW1wLTAwMDI/WFla", decision.Evidence!.PlatformConsentId);
    }

    [Fact]
    public void Read_OtherCategoryMapped_ReadsThatCategory()
    {
        var decision = Read(Samples.CookiebotGranted, Mapping with { Category = "marketing" });

        Assert.Equal(ConsentOutcome.Denied, decision.Outcome);
    }

    [Fact]
    public void Read_ImpliedNonConsentRegion_UndecidedUnlessSiteAcceptsImplied()
    {
        var strict = Read(Samples.CookiebotImpliedRegion);
        var lenient = Read(Samples.CookiebotImpliedRegion, Mapping with { AcceptImpliedConsent = true });

        Assert.Equal(ConsentOutcome.Undecided, strict.Outcome);
        Assert.Equal(ConsentOutcome.Granted, lenient.Outcome);
        Assert.Null(lenient.Evidence!.PlatformConsentId);
    }

    [Fact]
    public void Read_WholeValueMinusOne_TreatedAsImplied()
    {
        Assert.Equal(ConsentOutcome.Undecided, Read("-1").Outcome);
        Assert.Equal(ConsentOutcome.Granted, Read("-1", Mapping with { AcceptImpliedConsent = true }).Outcome);
    }

    [Fact]
    public void Read_OldCookieWithoutMethod_Undecided()
    {
        var decision = Read(Samples.CookiebotOldWithoutMethod);

        Assert.Equal(ConsentOutcome.Undecided, decision.Outcome);
        Assert.Contains("implied", decision.RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AlreadyDecodedValue_StillParsed()
    {
        var decoded = Uri.UnescapeDataString(Samples.CookiebotGranted);

        Assert.Equal(ConsentOutcome.Granted, ConsentReader.Read(ConsentPlatform.Cookiebot, Mapping,
            Samples.Forwarded("CookieConsent", decoded)).Outcome);
    }

    [Fact]
    public void Read_TextInsideStringLooksLikeGrant_NotFooled()
    {
        var value = "{stamp:%27abc%27%2Cnecessary:true%2Cpreferences:false%2Cmethod:%27explicit%27"
            + "%2Cnote:%27preferences:true%27}";

        Assert.Equal(ConsentOutcome.Denied, Read(value).Outcome);
    }

    [Theory]
    [InlineData("{stamp:%27abc%27%2Cpreferences:true%2Cmethod:%27explicit%27")]
    [InlineData("{stamp:%27abc%27%2Cpreferences:true%2Cmethod:%27explicit%27%2Cpreferences:false}")]
    [InlineData("{stamp:%27abc%27%2Cpreferences:%27true%27%2Cmethod:%27explicit%27}")]
    [InlineData("{preferences:true%2Cmethod:%27explicit%27}")]
    [InlineData("{stamp:%27abc%27%2Cpreferences:true%2Cmethod:%27explicit%27%2}")]
    [InlineData("{stamp:%27abc%27%2Cpreferences:true%2Cmethod:%27explicit%27%2C}")]
    [InlineData("{stamp:%27abc%2Cpreferences:true%2Cmethod:%27explicit%27}")]
    [InlineData("{stamp:%27abc%27%2Cpreferences:yes%2Cmethod:%27explicit%27}")]
    [InlineData("{stamp:%27abc%27%2Cpreferences:true%2Cmethod:%27explicit%27}}")]
    [InlineData("%7Bstamp:%27abc%27%2Cpreferences:true%2Cmethod:%27explicit%27%7D%FF")]
    [InlineData("")]
    public void Read_MalformedOrForged_UndecidedWithReason(string value)
    {
        var decision = Read(value);

        Assert.Equal(ConsentOutcome.Undecided, decision.Outcome);
        Assert.StartsWith("cookiebot:", decision.RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MappedCategoryMissing_Undecided()
    {
        var decision = Read(Samples.CookiebotGranted, Mapping with { Category = "functional" });

        Assert.Equal(ConsentOutcome.Undecided, decision.Outcome);
    }

    [Fact]
    public void Read_NoCookie_UndecidedNotDenied()
    {
        var decision = ConsentReader.Read(ConsentPlatform.Cookiebot, Mapping, ConsentSignals.FromRequest("a=b"));

        Assert.Equal(ConsentOutcome.Undecided, decision.Outcome);
        Assert.Null(decision.Evidence);
    }

    [Fact]
    public void Read_OversizedForwardedValue_Undecided()
    {
        var huge = Samples.CookiebotGranted[..^1] + "%2Cpad:%27" + new string('a', 70_000) + "%27}";

        var signals = Samples.Forwarded("CookieConsent", huge);

        var decision = ConsentReader.Read(ConsentPlatform.Cookiebot, Mapping, signals);

        Assert.Equal(ConsentOutcome.Undecided, decision.Outcome);
        Assert.Contains("over", decision.RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Granted_DigestIsSha256OfRawValue()
    {
        var decision = Read(Samples.CookiebotGranted);

        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(Samples.CookiebotGranted)));
        Assert.Equal(expected, decision.Evidence!.Digest);
    }
}
