namespace ChatConsent.Consent.Tcf;

/// <summary>A fixed-length bit field of ids (purposes, special features): bit i is id i+1.</summary>
internal readonly record struct IdFlags(ulong Bits, int Length)
{
    public bool Contains(int id) => id >= 1 && id <= Length && ((Bits >> (id - 1)) & 1) == 1;

    public IReadOnlyList<int> Ids => [.. Enumerable.Range(1, Length).Where(Contains)];
}

/// <summary>An inclusive run of vendor ids.</summary>
internal readonly record struct VendorRange(int Start, int End);

/// <summary>
/// A vendor section (consents, legitimate interests, disclosed vendors). Held as runs, never
/// expanded: a forged range list cannot make the decoder allocate one entry per vendor id.
/// </summary>
internal sealed record VendorSet(int MaxVendorId, bool IsRangeEncoding, IReadOnlyList<VendorRange> Ranges)
{
    public static VendorSet Empty { get; } = new(0, false, []);

    public bool Contains(int vendorId)
    {
        foreach (var range in Ranges)
        {
            if (vendorId >= range.Start && vendorId <= range.End)
                return true;
        }

        return false;
    }

    /// <summary>The ids, ascending and distinct (at most 65,535 of them).</summary>
    public IReadOnlyList<int> Ids() =>
        [.. Ranges.SelectMany(r => Enumerable.Range(r.Start, r.End - r.Start + 1)).Distinct().Order()];
}

/// <summary>What a publisher restriction imposes on the vendors it lists (TCF spec values).</summary>
internal enum RestrictionType
{
    NotAllowed = 0,
    RequireConsent = 1,
    RequireLegitimateInterest = 2,
    Undefined = 3,
}

internal sealed record PublisherRestriction(
    int PurposeId,
    RestrictionType Type,
    IReadOnlyList<VendorRange> Vendors);

/// <summary>The core segment, every field in spec order.</summary>
internal sealed record TcCore(
    int Version,
    DateTimeOffset Created,
    DateTimeOffset LastUpdated,
    int CmpId,
    int CmpVersion,
    int ConsentScreen,
    string ConsentLanguage,
    int VendorListVersion,
    int TcfPolicyVersion,
    bool IsServiceSpecific,
    bool UseNonStandardTexts,
    IdFlags SpecialFeatureOptIns,
    IdFlags PurposesConsent,
    IdFlags PurposesLITransparency,
    bool PurposeOneTreatment,
    string PublisherCC,
    VendorSet VendorConsents,
    VendorSet VendorLegitimateInterests,
    IReadOnlyList<PublisherRestriction> PublisherRestrictions);

/// <summary>The publisher TC segment: the publisher's own purposes and its custom purposes.</summary>
internal sealed record PublisherTc(
    IdFlags PubPurposesConsent,
    IdFlags PubPurposesLITransparency,
    int NumCustomPurposes,
    IdFlags CustomPurposesConsent,
    IdFlags CustomPurposesLITransparency);

/// <summary>A decoded TC string; the optional segments are null when the string has none.</summary>
internal sealed record TcString(TcCore Core, VendorSet? DisclosedVendors, PublisherTc? Publisher);
