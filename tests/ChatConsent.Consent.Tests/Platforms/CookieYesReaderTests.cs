namespace ChatConsent.Consent.Tests.Platforms;

public sealed class CookieYesReaderTests
{
    private static readonly PlatformMapping Mapping = PlatformMapping.DefaultFor(ConsentPlatform.CookieYes);

    private static ConsentDecision Read(string value, PlatformMapping? mapping = null) =>
        ConsentReader.Read(ConsentPlatform.CookieYes, mapping ?? Mapping,
            Samples.Cookie("cookieyes-consent", value));

    [Fact]
    public void Read_FunctionalYesWithOverallNo_GrantedWithConsentId()
    {
        var decision = Read(Samples.CookieYesPartial);

        Assert.Equal(ConsentOutcome.Granted, decision.Outcome);
        Assert.Equal("U3ludGhldGljQ29uc2VudElkMDAwMDAwMDAwMDE", decision.Evidence!.PlatformConsentId);
    }

    [Fact]
    public void Read_CategoryNo_Denied()
    {
        var decision = Read(Samples.CookieYesPartial, Mapping with { Category = "analytics" });

        Assert.Equal(ConsentOutcome.Denied, decision.Outcome);
    }

    [Fact]
    public void Read_AllEmptyBeforeAction_Undecided()
    {
        Assert.Equal(ConsentOutcome.Undecided, Read(Samples.CookieYesUndecided).Outcome);
    }

    [Fact]
    public void Read_AcceptAll_Granted()
    {
        Assert.Equal(ConsentOutcome.Granted, Read(Samples.CookieYesAll).Outcome);
    }

    [Fact]
    public void Read_InFullHeaderWithCommas_CategoriesSurvive()
    {
        var header = "_ga=GA1.2.3; cookieyes-consent=" + Samples.CookieYesPartial + "; theme=dark";

        var decision = ConsentReader.Read(ConsentPlatform.CookieYes, Mapping, ConsentSignals.FromRequest(header));

        Assert.Equal(ConsentOutcome.Granted, decision.Outcome);
    }

    [Fact]
    public void Read_YesWithoutVisitorAction_Undecided()
    {
        var value = Samples.CookieYesAll.Replace("action:yes", "action:", StringComparison.Ordinal);

        Assert.Equal(ConsentOutcome.Undecided, Read(value).Outcome);
    }

    [Theory]
    [InlineData("consentid:x,action:yes,functional:maybe")]
    [InlineData("consentid:x,action:yes,functional:no,functional:yes")]
    [InlineData("action:yes,functional:yes")]
    [InlineData("consentid:x,action:yes,functional:ye")]
    [InlineData("consentid:x,action:yes,,functional:yes")]
    [InlineData("consentid%3Ax%2Caction%3Ayes%2Cfunctional%3Ayes")]
    public void Read_MalformedOrForged_Undecided(string value)
    {
        Assert.Equal(ConsentOutcome.Undecided, Read(value).Outcome);
    }

    [Fact]
    public void Read_AbsurdlyLongConsentId_GrantedWithoutStoringTheId()
    {
        var value = Samples.CookieYesAll.Replace("consentid:U3ludGhldGljQ29uc2VudElkMDAwMDAwMDAwMDM",
            "consentid:" + new string('A', 500), StringComparison.Ordinal);

        var decision = Read(value);

        Assert.Equal(ConsentOutcome.Granted, decision.Outcome);
        Assert.Null(decision.Evidence!.PlatformConsentId);
    }
}
