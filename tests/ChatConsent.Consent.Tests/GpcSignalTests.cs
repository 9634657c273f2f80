namespace ChatConsent.Consent.Tests;

public sealed class GpcSignalTests
{
    [Theory]
    [InlineData("1", true)]
    [InlineData(" 1 ", true)]
    [InlineData("0", false)]
    [InlineData("true", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsSent_HeaderValue_OnlyOneCounts(string? header, bool expected)
    {
        Assert.Equal(expected, GpcSignal.IsSent(header));
    }

    [Fact]
    public void ReadGpc_HeaderUnderDefaultPolicy_PrivacyModeAndNoConsentDecision()
    {
        var signals = ConsentSignals.FromRequest(null, secGpcHeader: "1");

        var result = ConsentReader.ReadGpc(default, signals);

        Assert.True(result.Sent);
        Assert.True(result.PrivacyMode);
        Assert.Equal(ConsentOutcome.Undecided, result.Decision.Outcome);
    }

    [Fact]
    public void ReadGpc_ForwardedNavigatorFlag_CountsAsSent()
    {
        var signals = Samples.Forwarded(ConsentSignals.GpcKey, "true");

        Assert.True(ConsentReader.ReadGpc(GpcPolicy.PrivacyMode, signals).PrivacyMode);
    }

    [Fact]
    public void ReadGpc_DenyPolicy_DeniedWithEvidence()
    {
        var result = ConsentReader.ReadGpc(GpcPolicy.Deny, ConsentSignals.FromRequest(null, secGpcHeader: "1"));

        Assert.Equal(ConsentOutcome.Denied, result.Decision.Outcome);
        Assert.Equal("gpc", result.Decision.Evidence!.Source);
    }

    [Fact]
    public void ReadGpc_RecordOnly_SentButNoPrivacyMode()
    {
        var signals = ConsentSignals.FromRequest(null, secGpcHeader: "1");

        var result = ConsentReader.ReadGpc(GpcPolicy.RecordOnly, signals);

        Assert.True(result.Sent);
        Assert.False(result.PrivacyMode);
    }

    [Fact]
    public void ReadGpc_NotSent_NothingChanges()
    {
        var result = ConsentReader.ReadGpc(GpcPolicy.Deny, ConsentSignals.FromRequest("a=b", secGpcHeader: "0"));

        Assert.False(result.Sent);
        Assert.False(result.PrivacyMode);
        Assert.Equal(ConsentOutcome.Undecided, result.Decision.Outcome);
    }
}
