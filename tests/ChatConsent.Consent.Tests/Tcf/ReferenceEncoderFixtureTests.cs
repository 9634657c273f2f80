using System.Text.Json;
using ChatConsent.Consent.Tcf;

namespace ChatConsent.Consent.Tests.Tcf;

/// <summary>
/// TC strings encoded by the IAB reference library (Fixtures/tcf/generate.mjs, @iabtcf/core),
/// each decoded by our decoder and compared field by field with what the reference decoder read.
/// </summary>
public sealed class ReferenceEncoderFixtureTests
{
    private static readonly JsonElement[] Fixtures = Load();

    public static TheoryData<string> Names => [.. Fixtures.Select(f => f.GetProperty("name").GetString()!)];

    [Fact]
    public void Fixtures_CoverEveryEncodingShape_AtLeastFive()
    {
        var expected = Fixtures.Select(f => f.GetProperty("expected")).ToArray();

        Assert.True(expected.Length >= 5);
        Assert.Contains(expected, e => e.GetProperty("vendorConsents").GetProperty("isRange").GetBoolean());
        Assert.Contains(expected, e => !e.GetProperty("vendorConsents").GetProperty("isRange").GetBoolean()
            && e.GetProperty("vendorConsents").GetProperty("maxVendorId").GetInt32() > 0);
        Assert.Contains(expected, e => e.GetProperty("publisherRestrictions").GetArrayLength() > 0);
        Assert.Contains(expected, e => e.GetProperty("disclosedVendors").ValueKind == JsonValueKind.Object);
        Assert.Contains(expected, e => e.GetProperty("publisherTC") is { ValueKind: JsonValueKind.Object } p
            && p.GetProperty("numCustomPurposes").GetInt32() > 0);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TryDecode_ReferenceEncodedString_CoreFieldsMatch(string name)
    {
        var (tc, expected) = Decode(name);
        var core = tc.Core;

        Assert.Equal(expected.GetProperty("version").GetInt32(), core.Version);
        Assert.Equal(Samples.At(expected.GetProperty("created").GetString()!), core.Created);
        Assert.Equal(Samples.At(expected.GetProperty("lastUpdated").GetString()!), core.LastUpdated);
        Assert.Equal(expected.GetProperty("cmpId").GetInt32(), core.CmpId);
        Assert.Equal(expected.GetProperty("cmpVersion").GetInt32(), core.CmpVersion);
        Assert.Equal(expected.GetProperty("consentScreen").GetInt32(), core.ConsentScreen);
        Assert.Equal(expected.GetProperty("consentLanguage").GetString(), core.ConsentLanguage);
        Assert.Equal(expected.GetProperty("vendorListVersion").GetInt32(), core.VendorListVersion);
        Assert.Equal(expected.GetProperty("tcfPolicyVersion").GetInt32(), core.TcfPolicyVersion);
        Assert.Equal(expected.GetProperty("isServiceSpecific").GetBoolean(), core.IsServiceSpecific);
        Assert.Equal(expected.GetProperty("useNonStandardTexts").GetBoolean(), core.UseNonStandardTexts);
        Assert.Equal(Ids(expected, "specialFeatureOptins"), core.SpecialFeatureOptIns.Ids);
        Assert.Equal(Ids(expected, "purposesConsent"), core.PurposesConsent.Ids);
        Assert.Equal(Ids(expected, "purposesLITransparency"), core.PurposesLITransparency.Ids);
        Assert.Equal(expected.GetProperty("purposeOneTreatment").GetBoolean(), core.PurposeOneTreatment);
        Assert.Equal(expected.GetProperty("publisherCC").GetString(), core.PublisherCC);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TryDecode_ReferenceEncodedString_VendorSectionsMatch(string name)
    {
        var (tc, expected) = Decode(name);

        AssertVendorSection(expected.GetProperty("vendorConsents"), tc.Core.VendorConsents);
        AssertVendorSection(expected.GetProperty("vendorLegitimateInterests"), tc.Core.VendorLegitimateInterests);
        if (expected.GetProperty("disclosedVendors") is { ValueKind: JsonValueKind.Object } disclosed)
            AssertVendorSection(disclosed, Assert.IsType<VendorSet>(tc.DisclosedVendors));
        else
            Assert.Null(tc.DisclosedVendors);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TryDecode_ReferenceEncodedString_PublisherRestrictionsMatch(string name)
    {
        var (tc, expected) = Decode(name);

        var expectedRestrictions = expected.GetProperty("publisherRestrictions").EnumerateArray()
            .Select(r => (r.GetProperty("purposeId").GetInt32(), r.GetProperty("restrictionType").GetInt32(),
                string.Join(',', Ids(r, "vendorIds"))));
        var actual = tc.Core.PublisherRestrictions.Select(r => (r.PurposeId, (int)r.Type,
            string.Join(',', new VendorSet(0, true, r.Vendors).Ids())));
        Assert.Equal(expectedRestrictions, actual);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TryDecode_ReferenceEncodedString_PublisherSegmentMatches(string name)
    {
        var (tc, expected) = Decode(name);

        if (expected.GetProperty("publisherTC") is not { ValueKind: JsonValueKind.Object } publisher)
        {
            Assert.Null(tc.Publisher);
            return;
        }

        var actual = Assert.IsType<PublisherTc>(tc.Publisher);
        Assert.Equal(Ids(publisher, "pubPurposesConsent"), actual.PubPurposesConsent.Ids);
        Assert.Equal(Ids(publisher, "pubPurposesLITransparency"), actual.PubPurposesLITransparency.Ids);
        Assert.Equal(publisher.GetProperty("numCustomPurposes").GetInt32(), actual.NumCustomPurposes);
        Assert.Equal(Ids(publisher, "customPurposesConsent"), actual.CustomPurposesConsent.Ids);
        Assert.Equal(Ids(publisher, "customPurposesLITransparency"), actual.CustomPurposesLITransparency.Ids);
    }

    private static void AssertVendorSection(JsonElement expected, VendorSet actual)
    {
        Assert.Equal(expected.GetProperty("maxVendorId").GetInt32(), actual.MaxVendorId);
        Assert.Equal(expected.GetProperty("isRange").GetBoolean(), actual.IsRangeEncoding);
        Assert.Equal(Ids(expected, "ids"), actual.Ids());
    }

    private static (TcString Tc, JsonElement Expected) Decode(string name)
    {
        var fixture = Fixtures.Single(f => f.GetProperty("name").GetString() == name);
        var tcString = fixture.GetProperty("tcString").GetString()!;
        var ok = TcStringDecoder.TryDecode(tcString, out var tc, out var error);
        Assert.True(ok, error);
        return (tc!, fixture.GetProperty("expected"));
    }

    private static int[] Ids(JsonElement element, string name) =>
        [.. element.GetProperty(name).EnumerateArray().Select(e => e.GetInt32())];

    private static JsonElement[] Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "tcf", "tc-strings.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return [.. document.RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
