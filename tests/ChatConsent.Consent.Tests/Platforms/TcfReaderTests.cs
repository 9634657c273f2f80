using System.Text.Json;

namespace ChatConsent.Consent.Tests.Platforms;

public sealed class TcfReaderTests
{
    // Reference-encoded: publisher custom purposes {1, 3} of 3, publisher purposes {1, 2, 10},
    // vendor consents {1, 2, 3, 5, 8, 13, 21, 34}, purposes {1, 2, 7, 9, 10}, policy version 5.
    private static readonly string CustomPurposes = Fixture("bitfield-vendors-publisher-custom-purposes");

    private static readonly PlatformMapping CustomPurposeOne = new() { TcfCustomPurpose = 1 };

    private static ConsentDecision Read(PlatformMapping mapping, ConsentSignals signals) =>
        ConsentReader.Read(ConsentPlatform.Tcf, mapping, signals);

    [Fact]
    public void Read_CustomPurposeConsented_GrantedWithDayLevelTimestamp()
    {
        var decision = Read(CustomPurposeOne, Samples.Cookie("euconsent-v2", CustomPurposes));

        Assert.Equal(ConsentOutcome.Granted, decision.Outcome);
        Assert.Equal(["publisher-custom-purpose:1"], decision.Evidence!.Scopes);
        Assert.Equal(Samples.At("2025-11-17T00:00:00Z"), decision.Evidence.PlatformTimestamp);
    }

    [Theory]
    [InlineData(2, ConsentOutcome.Denied)]
    [InlineData(3, ConsentOutcome.Granted)]
    [InlineData(4, ConsentOutcome.Denied)]
    public void Read_CustomPurposeMapped_FollowsItsBit(int purpose, ConsentOutcome expected)
    {
        var decision = Read(new() { TcfCustomPurpose = purpose }, Samples.Cookie("euconsent-v2", CustomPurposes));

        Assert.Equal(expected, decision.Outcome);
    }

    [Theory]
    [InlineData(new[] { 1, 2, 10 }, ConsentOutcome.Granted)]
    [InlineData(new[] { 1, 3 }, ConsentOutcome.Denied)]
    public void Read_PublisherPurposesMapped_AllMustHold(int[] purposes, ConsentOutcome expected)
    {
        var mapping = new PlatformMapping { TcfPublisherPurposes = purposes };

        var decision = Read(mapping, Samples.Cookie("euconsent-v2", CustomPurposes));

        Assert.Equal(expected, decision.Outcome);
    }

    [Theory]
    [InlineData(8, ConsentOutcome.Granted)]
    [InlineData(4, ConsentOutcome.Denied)]
    [InlineData(999, ConsentOutcome.Denied)]
    public void Read_VendorMapped_NeedsVendorConsentAndPurposeOne(int vendorId, ConsentOutcome expected)
    {
        var decision = Read(new() { TcfVendorId = vendorId }, Samples.Cookie("euconsent-v2", CustomPurposes));

        Assert.Equal(expected, decision.Outcome);
    }

    [Fact]
    public void Read_OneTrustCookieName_Found()
    {
        var decision = Read(CustomPurposeOne, Samples.Cookie("eupubconsent-v2", CustomPurposes));

        Assert.Equal(ConsentOutcome.Granted, decision.Outcome);
    }

    [Fact]
    public void Read_CookiebotIab2_Found()
    {
        var cookie = "{stamp:%27abc%27%2Cnecessary:true%2Cpreferences:false%2Cmethod:%27explicit%27%2Ciab2:%27"
            + CustomPurposes + "%27}";

        var decision = Read(CustomPurposeOne, Samples.Cookie("CookieConsent", cookie));

        Assert.Equal(ConsentOutcome.Granted, decision.Outcome);
        Assert.Equal("tcf", decision.Evidence!.Source);
    }

    [Fact]
    public void Read_ForwardedFromTcfApi_Granted()
    {
        var decision = Read(CustomPurposeOne, Samples.Forwarded("tcString", CustomPurposes));

        Assert.Equal(ConsentOutcome.Granted, decision.Outcome);
    }

    [Fact]
    public void Read_RejectAllWithoutCustomPurposes_Denied()
    {
        var rejectAll = "CQGiOUAQGiOUAAHABBENBLFgAAAAAAAAAAAAAAAAAAAA.YAAAAAAAAAAA";

        var decision = Read(CustomPurposeOne, Samples.Cookie("euconsent-v2", rejectAll));

        Assert.Equal(ConsentOutcome.Denied, decision.Outcome);
    }

    [Fact]
    public void Read_NoPublisherSegment_Undecided()
    {
        var decision = Read(CustomPurposeOne, Samples.Cookie("euconsent-v2", Fixture("publisher-restrictions")));

        Assert.Equal(ConsentOutcome.Undecided, decision.Outcome);
    }

    [Fact]
    public void Read_PolicyVersionTwoCreatedIn2025_Undecided()
    {
        var decision = Read(CustomPurposeOne, Samples.Cookie("euconsent-v2",
            "CQSbk4AQSbk4ANwAAAENAwCgAAAAAAAAAAYgACPAAAAA.IDKQA4AAgAKAGQAygAAA.YAAAAAAAAAAA"));

        Assert.Equal(ConsentOutcome.Undecided, decision.Outcome);
        Assert.Contains("policy version", decision.RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GlobalScopeString_Undecided()
    {
        var globalScope = Samples.Cookie("euconsent-v2", "COtybn4PA_zT4KjACBENAPCIAEBAAECAAIAAAAAAAAAA");

        var decision = Read(new() { TcfVendorId = 1 }, globalScope);

        Assert.Equal(ConsentOutcome.Undecided, decision.Outcome);
    }

    [Fact]
    public void Read_NothingMapped_Undecided()
    {
        var mapping = PlatformMapping.DefaultFor(ConsentPlatform.Tcf);

        var decision = Read(mapping, Samples.Cookie("euconsent-v2", CustomPurposes));

        Assert.Equal(ConsentOutcome.Undecided, decision.Outcome);
    }

    [Theory]
    [InlineData("not;base64!")]
    [InlineData("CQSbk4AQbB_cANwADCENAwFoAMLAAEEgAAYgAROkI")]
    [InlineData("%43QSbk4AQbB_cANwADCENAwFoAMLAAEEgAAYgAROkICABAAYqAAAA.eAgAAEAAAdQA")]
    public void Read_Malformed_Undecided(string value)
    {
        var decision = Read(CustomPurposeOne, Samples.Cookie("euconsent-v2", value));

        Assert.Equal(ConsentOutcome.Undecided, decision.Outcome);
        Assert.StartsWith("tcf: euconsent-v2", decision.RejectionReason, StringComparison.Ordinal);
    }

    internal static string Fixture(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "tcf", "tc-strings.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray().Single(f => f.GetProperty("name").GetString() == name)
            .GetProperty("tcString").GetString()!;
    }
}
