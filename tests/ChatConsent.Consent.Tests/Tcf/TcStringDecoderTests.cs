using ChatConsent.Consent.Tcf;

namespace ChatConsent.Consent.Tests.Tcf;

/// <summary>Test vectors from the TCF spec and the iabtcf-java tests, plus forged strings.</summary>
public sealed class TcStringDecoderTests
{
    private static TcString Decode(string value)
    {
        Assert.True(TcStringDecoder.TryDecode(value, out var tc, out var error), error);
        return tc;
    }

    [Fact]
    public void TryDecode_IabJavaCoreOnly_ReadsEveryCoreField()
    {
        var core = Decode("COtybn4PA_zT4KjACBENAPCIAEBAAECAAIAAAAAAAAAA").Core;

        Assert.Equal(2, core.Version);
        Assert.Equal(Samples.At("2020-01-26T17:01:00Z"), core.Created);
        Assert.Equal(Samples.At("2021-02-02T17:01:00Z"), core.LastUpdated);
        Assert.Equal((675, 2, 1), (core.CmpId, core.CmpVersion, core.ConsentScreen));
        Assert.Equal(("EN", "AA"), (core.ConsentLanguage, core.PublisherCC));
        Assert.Equal((15, 2), (core.VendorListVersion, core.TcfPolicyVersion));
        Assert.False(core.IsServiceSpecific);
        Assert.Equal([1], core.SpecialFeatureOptIns.Ids);
        Assert.Equal([2, 10], core.PurposesConsent.Ids);
        Assert.Equal([2, 9], core.PurposesLITransparency.Ids);
        Assert.True(core.PurposeOneTreatment);
        Assert.Equal(0, core.VendorConsents.MaxVendorId);
    }

    [Fact]
    public void TryDecode_AllSegmentsWithPadding_ReadsEverySegment()
    {
        var tc = Decode("COrEAV4OrXx94ACABBENAHCIAD-AAAAAAACAAxAAAAgAIAwgAgAAAAEAgQAAAAAEAYQAQAAAACAAAABAAA"
            + ".IBAgAAAgAIAwgAgAAAAEAAAACA.QAagAQAgAIAwgA.cAAAAAAAITg=");

        Assert.Equal((2, 7), (tc.Core.CmpId, tc.Core.VendorListVersion));
        Assert.Equal([3, 4, 5, 6, 7, 8, 9], tc.Core.PurposesConsent.Ids);
        Assert.Equal([23, 37, 47, 48, 53, 65, 98], tc.Core.VendorConsents.Ids());
        Assert.Equal((98, false), (tc.Core.VendorConsents.MaxVendorId, tc.Core.VendorConsents.IsRangeEncoding));
        Assert.Equal([37, 47, 48, 53, 65, 98, 129], tc.Core.VendorLegitimateInterests.Ids());
        Assert.Equal([23, 37, 47, 48, 53, 65, 98, 129], tc.DisclosedVendors!.Ids());
        Assert.Equal([1], tc.Publisher!.PubPurposesConsent.Ids);
        Assert.Equal([24], tc.Publisher.PubPurposesLITransparency.Ids);
        Assert.Equal(2, tc.Publisher.NumCustomPurposes);
        Assert.Equal([2], tc.Publisher.CustomPurposesConsent.Ids);
        Assert.Equal([1, 2], tc.Publisher.CustomPurposesLITransparency.Ids);
    }

    [Fact]
    public void TryDecode_RangeEncodedVendors_ReadsRanges()
    {
        var core = Decode("COwBOpCOwBOpCLqAAAENAPCAAAAAAAAAAAAAFfwAYFfAV-BVkAGBVYFWAAA").Core;

        Assert.Equal((746, 15), (core.CmpId, core.VendorListVersion));
        Assert.True(core.VendorConsents.IsRangeEncoding);
        Assert.Equal([702, 703], core.VendorConsents.Ids());
        Assert.Equal([683, 684], core.VendorLegitimateInterests.Ids());
    }

    [Fact]
    public void TryDecode_SpecExample_ReadsDisclosedRangesAndEmptyPublisherSegment()
    {
        var tc = Decode("CQSbk4AQSbk4ANwAAAENAwCgAAAAAAAAAAYgACPAAAAA.IDKQA4AAgAKAGQAygAAA.YAAAAAAAAAAA");

        Assert.Equal(new DateTime(2025, 6, 3), tc.Core.Created.UtcDateTime.Date);
        Assert.Equal(tc.Core.Created, tc.Core.LastUpdated);
        Assert.Equal((880, 48, 2), (tc.Core.CmpId, tc.Core.VendorListVersion, tc.Core.TcfPolicyVersion));
        Assert.Equal("DE", tc.Core.PublisherCC);
        Assert.Equal([1, 2, 3, 4], tc.Core.VendorConsents.Ids());
        Assert.Equal([1, 2, 3, 4, 5, 100, 404], tc.DisclosedVendors!.Ids());
        Assert.Equal(0, tc.Publisher!.NumCustomPurposes);
    }

    [Fact]
    public void TryDecode_RealAcceptAll_ReadsRestrictionsOverVendorRange()
    {
        var tc = Decode("CQbB_cAQbB_cAAHABBENCFFsAP_gAAAAAAAAHXwCAAIAAqABaAFsAUgBZgF5gOvAAAAKSgAwABBd8p"
            + "ABgACC75CADAAEF3x0AGAAILvhIAMAAQXf.f_wAAAAAAAAA");

        Assert.Equal((7, 133, 5), (tc.Core.CmpId, tc.Core.VendorListVersion, tc.Core.TcfPolicyVersion));
        Assert.Equal([1, 2], tc.Core.SpecialFeatureOptIns.Ids);
        Assert.Equal(Enumerable.Range(1, 11), tc.Core.PurposesConsent.Ids);
        Assert.Equal([16, 42, 45, 91, 164, 358, 755, 943], tc.Core.VendorConsents.Ids());
        Assert.Equal([2, 7, 8, 9, 10], tc.Core.PublisherRestrictions.Select(r => r.PurposeId).Order());
        Assert.All(tc.Core.PublisherRestrictions, r => Assert.Equal(RestrictionType.RequireConsent, r.Type));
        Assert.All(tc.Core.PublisherRestrictions, r => Assert.Equal([new VendorRange(1, 1503)], r.Vendors));
        Assert.Equal(Enumerable.Range(1, 11), tc.Publisher!.PubPurposesConsent.Ids);
    }

    [Fact]
    public void TryDecode_RealRejectAll_NothingConsented()
    {
        var tc = Decode("CQGiOUAQGiOUAAHABBENBLFgAAAAAAAAAAAAAAAAAAAA.YAAAAAAAAAAA");

        Assert.Equal((7, 75, 5), (tc.Core.CmpId, tc.Core.VendorListVersion, tc.Core.TcfPolicyVersion));
        Assert.Equal(new DateTime(2024, 10, 15), tc.Core.Created.UtcDateTime.Date);
        Assert.Empty(tc.Core.PurposesConsent.Ids);
        Assert.Empty(tc.Core.VendorConsents.Ids());
        Assert.Empty(tc.Publisher!.PubPurposesConsent.Ids);
    }

    [Fact]
    public void TryDecode_RealLegitimateInterestOnly_ReadsRestrictionTypes()
    {
        var core = Decode("CQEyKcAQEyKcAAGABBENBGFgAAAAAEPgABBoAAAOWgJAAkABkAEcARwAnAByADnAIAAQcAjgBdQ"
            + "FSgLUAXQAvMBggDFgHLABBQAIC6CgAEAjgAAA.YAAAAAAAAAAA").Core;

        Assert.Empty(core.PurposesConsent.Ids);
        Assert.Equal([2, 7, 8, 9, 10, 11], core.PurposesLITransparency.Ids);
        Assert.Equal(18, core.VendorLegitimateInterests.Ids().Count);
        Assert.Equal("IN", core.PublisherCC);
        Assert.Equal([(2, RestrictionType.RequireLegitimateInterest, 744), (10, RestrictionType.NotAllowed, 284)],
            core.PublisherRestrictions.Select(r => (r.PurposeId, r.Type, r.Vendors.Single().Start)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("CQ")]
    [InlineData("COtybn4PA_zT4KjACBEN")]
    [InlineData("BOEFEAyOEFEAyAHABDENAI4AAAB9vABAASA")]
    [InlineData("not;base64!")]
    [InlineData("COtybn4PA_zT4KjACBENAPCIAEBAAECAAIAAAAAAAAAA.")]
    [InlineData("COtybn4PA_zT4KjACBENAPCIAEBAAECAAIAAAAAAAAAA.YAAAAAAAAAAA.YAAAAAAAAAAA")]
    [InlineData("COtybn4PA_zT4KjACBENAPCIAEBAAECAAIAAAAAAAAAA.Y")]
    [InlineData("COtybn4PA+zT4KjACBENAPCIAEBAAECAAIAAAAAAAAAA")]
    [InlineData("a.b.c.d.e.f.g.h.i")]
    public void TryDecode_MalformedOrTruncated_FalseWithReason(string value)
    {
        Assert.False(TcStringDecoder.TryDecode(value, out var tc, out var error));
        Assert.Null(tc);
        Assert.NotEmpty(error);
    }

    [Fact]
    public void TryDecode_OverMaxLength_RefusedBeforeDecoding()
    {
        var value = "COtybn4PA_zT4KjACBENAPCIAEBAAECAAIAAAAAAAAAA" + new string('A', TcStringDecoder.MaxLength);

        Assert.False(TcStringDecoder.TryDecode(value, out _, out var error));
        Assert.Contains("over", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryDecode_RangeEndPastMaxVendorId_Refused()
    {
        var forged = TcBitWriter.CoreHeader().Write(10, 16).Write(1, 1).Write(1, 12)
            .Write(1, 1).Write(5, 16).Write(11, 16).EmptyVendorSection().Write(0, 12).ToString();

        Assert.False(TcStringDecoder.TryDecode(forged, out _, out _));
    }

    [Fact]
    public void TryDecode_RangeRunningBackwards_Refused()
    {
        var forged = TcBitWriter.CoreHeader().Write(10, 16).Write(1, 1).Write(1, 12)
            .Write(1, 1).Write(9, 16).Write(3, 16).EmptyVendorSection().Write(0, 12).ToString();

        Assert.False(TcStringDecoder.TryDecode(forged, out _, out _));
    }

    [Fact]
    public void TryDecode_WellFormedForgedRange_AcceptedAsControl()
    {
        var forged = TcBitWriter.CoreHeader().Write(10, 16).Write(1, 1).Write(1, 12)
            .Write(1, 1).Write(3, 16).Write(9, 16).EmptyVendorSection().Write(0, 12).ToString();

        Assert.Equal(Enumerable.Range(3, 7), Decode(forged).Core.VendorConsents.Ids());
    }

    [Fact]
    public void TryDecode_HugeBitFieldClaimInShortString_Refused()
    {
        var forged = TcBitWriter.CoreHeader().Write(65535, 16).Write(0, 1).Write(0, 30).ToString();

        Assert.False(TcStringDecoder.TryDecode(forged, out _, out _));
    }

    [Fact]
    public void TryDecode_MaxRangeEntriesClaimedButAbsent_RefusedQuickly()
    {
        var forged = TcBitWriter.CoreHeader().Write(65535, 16).Write(1, 1).Write(4095, 12)
            .Write(1, 1).Write(1, 16).Write(65535, 16).ToString();

        Assert.False(TcStringDecoder.TryDecode(forged, out _, out _));
    }

    [Fact]
    public void TryDecode_WholeRangeRepeatedInRestrictions_HeldAsRangesNotExpanded()
    {
        var writer = TcBitWriter.CoreHeader().EmptyVendorSection().EmptyVendorSection().Write(1, 12)
            .Write(1, 6).Write(0, 2).Write(200, 12);
        for (var i = 0; i < 200; i++)
            writer.Write(1, 1).Write(1, 16).Write(65535, 16);

        var restriction = Decode(writer.ToString()).Core.PublisherRestrictions.Single();

        Assert.Equal(200, restriction.Vendors.Count);
    }

    [Fact]
    public void TryDecode_ThousandRangeEntriesNearCookieLimit_DecodedCompletely()
    {
        var writer = TcBitWriter.CoreHeader().Write(2000, 16).Write(1, 1).Write(1000, 12);
        for (var id = 1; id <= 1000; id++)
            writer.Write(0, 1).Write(2 * id, 16);
        var value = writer.EmptyVendorSection().Write(0, 12) + ".YAAAAAAAAAAA";

        var core = Decode(value).Core;

        Assert.InRange(value.Length, 2800, 4096);
        Assert.Equal(1000, core.VendorConsents.Ids().Count);
        Assert.True(core.VendorConsents.Contains(2000));
        Assert.False(core.VendorConsents.Contains(1999));
    }

    [Fact]
    public void TryDecode_UnknownSegmentType_Skipped()
    {
        var unknown = new TcBitWriter().Write(6, 3).Write(0, 9).ToString();

        var tc = Decode("CQGiOUAQGiOUAAHABBENBLFgAAAAAAAAAAAAAAAAAAAA." + unknown);

        Assert.Null(tc.Publisher);
    }
}
