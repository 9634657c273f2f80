namespace ChatConsent.Consent.Tests.Platforms;

public sealed class BorlabsReaderTests
{
    private static readonly PlatformMapping Mapping = PlatformMapping.DefaultFor(ConsentPlatform.Borlabs);

    private static ConsentDecision Read(string value, PlatformMapping? mapping = null) =>
        ConsentReader.Read(ConsentPlatform.Borlabs, mapping ?? Mapping, Samples.Cookie("borlabs-cookie", value));

    [Fact]
    public void Read_Version2ServiceInCustomGroup_GrantedWithUid()
    {
        var decision = Read(Samples.Borlabs2Granted);

        Assert.Equal(ConsentOutcome.Granted, decision.Outcome);
        Assert.Equal("a1b2c3d4-e5f6g7h8-i9j0k1l2-m3n4o5p6", decision.Evidence!.PlatformConsentId);
        Assert.Equal(["livechat"], decision.Evidence.Scopes);
    }

    [Fact]
    public void Read_Version3ServiceInAnyGroup_Granted()
    {
        Assert.Equal(ConsentOutcome.Granted, Read(Samples.Borlabs3Granted).Outcome);
    }

    [Fact]
    public void Read_EssentialOnlyAnonymous_DeniedWithoutConsentId()
    {
        var decision = Read(Samples.Borlabs3EssentialOnly);

        Assert.Equal(ConsentOutcome.Denied, decision.Outcome);
        Assert.Null(decision.Evidence!.PlatformConsentId);
    }

    [Fact]
    public void Read_GroupMappedAndServiceInOtherGroup_Denied()
    {
        var decision = Read(Samples.Borlabs3Granted, Mapping with { Category = "functional" });

        Assert.Equal(ConsentOutcome.Denied, decision.Outcome);
    }

    [Fact]
    public void Read_RawJsonForwarded_Granted()
    {
        var json = Uri.UnescapeDataString(Samples.Borlabs3Granted);

        var signals = Samples.Forwarded("borlabs-cookie", json);

        var decision = ConsentReader.Read(ConsentPlatform.Borlabs, Mapping, signals);

        Assert.Equal(ConsentOutcome.Granted, decision.Outcome);
    }

    [Theory]
    [InlineData("%7B%22consents%22%3A%5B%22livechat%22%5D%7D")]
    [InlineData("%7B%22consents%22%3A%7B%22x%22%3A%5B%22livechat%22%2C1%5D%7D%7D")]
    [InlineData("%7B%22consents%22%3A%7B%22x%22%3A%22livechat%22%7D%7D")]
    [InlineData("%7B%22uid%22%3A%22a%22%7D")]
    [InlineData("%257B%2522consents%2522%253A%257B%257D%257D")]
    [InlineData("%7B%22consents%22%3A%7B%22x%22%3A%5B%22livechat%22%5D%7D")]
    [InlineData("[\"livechat\"]")]
    public void Read_MalformedOrWronglyEncoded_Undecided(string value)
    {
        var decision = Read(value);

        Assert.Equal(ConsentOutcome.Undecided, decision.Outcome);
        Assert.StartsWith("borlabs:", decision.RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Truncated_Undecided()
    {
        Assert.Equal(ConsentOutcome.Undecided, Read(Samples.Borlabs2Granted[..200]).Outcome);
    }
}
