using ChatConsent.Consent.Tcf;

namespace ChatConsent.Consent.Platforms;

/// <summary>Whether a decoded TC string grants what the site mapped to the chat.</summary>
internal static class TcfMappingCheck
{
    /// <summary>
    /// True when every mapped part holds, false when one is refused, null when a mapped publisher
    /// purpose has no publisher TC segment to be read from.
    /// </summary>
    public static bool? Check(TcString tc, PlatformMapping mapping, out string scope)
    {
        var scopes = new List<string>();
        var granted = true;
        if (mapping.TcfCustomPurpose is { } custom || mapping.TcfPublisherPurposes.Count > 0)
        {
            if (tc.Publisher is not { } publisher)
            {
                scope = "";
                return null;
            }

            granted &= CheckPublisher(publisher, mapping, scopes);
        }

        if (mapping.TcfVendorId is { } vendorId)
            granted &= CheckVendor(tc.Core, vendorId, scopes);
        scope = string.Join(' ', scopes);
        return granted;
    }

    private static bool CheckPublisher(PublisherTc publisher, PlatformMapping mapping, List<string> scopes)
    {
        var granted = true;
        if (mapping.TcfCustomPurpose is { } custom)
        {
            scopes.Add($"publisher-custom-purpose:{custom}");
            granted &= custom <= publisher.NumCustomPurposes && publisher.CustomPurposesConsent.Contains(custom);
        }

        foreach (var purpose in mapping.TcfPublisherPurposes)
        {
            scopes.Add($"publisher-purpose:{purpose}");
            granted &= publisher.PubPurposesConsent.Contains(purpose);
        }

        return granted;
    }

    // A vendor that stores a cookie needs purpose 1 (store and/or access information on a
    // device) as well as its own consent bit, and no "not allowed" restriction on purpose 1.
    private static bool CheckVendor(TcCore core, int vendorId, List<string> scopes)
    {
        scopes.Add($"vendor:{vendorId}");
        var restricted = core.PublisherRestrictions.Any(r => r.PurposeId == 1
            && r.Type == RestrictionType.NotAllowed && r.Vendors.Any(v => vendorId >= v.Start && vendorId <= v.End));
        return core.VendorConsents.Contains(vendorId) && core.PurposesConsent.Contains(1) && !restricted;
    }
}
