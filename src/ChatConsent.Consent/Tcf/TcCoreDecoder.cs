namespace ChatConsent.Consent.Tcf;

/// <summary>The core segment and the vendor and restriction sections it carries.</summary>
internal static class TcCoreDecoder
{
    private const int MaxVendorId = ushort.MaxValue;

    public static TcCore? Read(BitReader r, out string error)
    {
        var version = r.ReadInt(6);
        if (version != 2)
        {
            error = version == 1 ? "is a TCF v1 string, invalid since 2020" : $"has version {version}";
            return null;
        }

        var created = ReadDate(r);
        var lastUpdated = ReadDate(r);
        var (cmpId, cmpVersion, screen) = (r.ReadInt(12), r.ReadInt(12), r.ReadInt(6));
        var language = ReadLetters(r);
        var (listVersion, policyVersion) = (r.ReadInt(12), r.ReadInt(6));
        var (serviceSpecific, nonStandardTexts) = (r.ReadBool(), r.ReadBool());
        var (specialFeatures, purposes, purposesLI) = (r.ReadFlags(12), r.ReadFlags(24), r.ReadFlags(24));
        var (purposeOneTreatment, publisherCC) = (r.ReadBool(), ReadLetters(r));
        var consents = ReadVendorSection(r);
        var legitimateInterests = consents is null ? null : ReadVendorSection(r);
        var restrictions = legitimateInterests is null ? null : ReadRestrictions(r);

        error = "has a truncated or invalid core segment";
        if (r.Overrun || language is null || publisherCC is null || consents is null
            || legitimateInterests is null || restrictions is null)
            return null;
        error = "";
        return new TcCore(version, created, lastUpdated, cmpId, cmpVersion, screen, language, listVersion,
            policyVersion, serviceSpecific, nonStandardTexts, specialFeatures, purposes, purposesLI,
            purposeOneTreatment, publisherCC, consents, legitimateInterests, restrictions);
    }

    /// <summary>MaxVendorId(16), IsRangeEncoding(1), then a bit field or range entries.</summary>
    public static VendorSet? ReadVendorSection(BitReader r)
    {
        var maxVendorId = r.ReadInt(16);
        var isRange = r.ReadBool();

        // Check before allocating: the bit field must really be in the string.
        if (!isRange && maxVendorId > r.Remaining)
            return null;
        var ranges = isRange ? ReadRanges(r, maxVendorId) : ReadBitField(r, maxVendorId);
        return ranges is null || r.Overrun ? null : new VendorSet(maxVendorId, isRange, ranges);
    }

    private static List<VendorRange> ReadBitField(BitReader r, int maxVendorId)
    {
        var ranges = new List<VendorRange>();
        var start = 0;
        for (var id = 1; id <= maxVendorId + 1; id++)
        {
            var set = id <= maxVendorId && r.ReadBool();
            if (set && start == 0)
                start = id;
            else if (!set && start != 0)
            {
                ranges.Add(new VendorRange(start, id - 1));
                start = 0;
            }
        }

        return ranges;
    }

    /// <summary>NumEntries(12) × [IsARange(1), StartOrOnlyVendorId(16), EndVendorId(16)?].</summary>
    private static List<VendorRange>? ReadRanges(BitReader r, int maxVendorId)
    {
        var count = r.ReadInt(12);
        var ranges = new List<VendorRange>(Math.Min(count, r.Remaining / 17));
        for (var i = 0; i < count && !r.Overrun; i++)
        {
            var isRange = r.ReadBool();
            var start = r.ReadInt(16);
            var end = isRange ? r.ReadInt(16) : start;

            // Vendor ids start at 1; a range that runs backwards or past MaxVendorId is forged.
            if (start < 1 || end < start || end > maxVendorId)
                return null;
            ranges.Add(new VendorRange(start, end));
        }

        return ranges;
    }

    /// <summary>NumPubRestrictions(12) × [PurposeId(6), RestrictionType(2), range entries].</summary>
    private static List<PublisherRestriction>? ReadRestrictions(BitReader r)
    {
        var count = r.ReadInt(12);
        var restrictions = new List<PublisherRestriction>(Math.Min(count, r.Remaining / 20));
        for (var i = 0; i < count && !r.Overrun; i++)
        {
            var purposeId = r.ReadInt(6);
            var type = (RestrictionType)r.ReadInt(2);
            if (ReadRanges(r, MaxVendorId) is not { } vendors)
                return null;
            restrictions.Add(new PublisherRestriction(purposeId, type, vendors));
        }

        return r.Overrun ? null : restrictions;
    }

    // Deciseconds since the epoch; since 2021 CMPs write day-level values here.
    private static DateTimeOffset ReadDate(BitReader r) =>
        DateTimeOffset.UnixEpoch.AddMilliseconds(r.Read(36) * 100);

    // Two 6-bit letters, A = 0; a value past Z cannot be a language or country code.
    private static string? ReadLetters(BitReader r)
    {
        var (first, second) = (r.ReadInt(6), r.ReadInt(6));
        return first > 25 || second > 25
            ? null
            : string.Concat((char)('A' + first), (char)('A' + second));
    }
}
