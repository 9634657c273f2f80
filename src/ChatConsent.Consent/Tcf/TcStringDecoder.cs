using System.Diagnostics.CodeAnalysis;

namespace ChatConsent.Consent.Tcf;

/// <summary>
/// Decodes a TCF v2 TC string (IAB "Consent string and vendor list formats v2", 2.2/2.3): the core
/// segment, then disclosed vendors (type 1) and publisher TC (type 3) in any order. The legacy
/// allowed-vendors segment (type 2) and unknown types are skipped. Never throws: anything that
/// does not decode completely yields false and a reason.
/// </summary>
internal static class TcStringDecoder
{
    /// <summary>A TC string lives in a cookie of at most 4 KB; twice that is already hostile.</summary>
    public const int MaxLength = 8 * 1024;

    private const int MaxSegments = 8;

    public static bool TryDecode(string value, [NotNullWhen(true)] out TcString? tcString, out string error)
    {
        tcString = null;
        error = value.Length switch
        {
            0 => "is empty",
            > MaxLength => $"is over {MaxLength} characters",
            _ => "",
        };
        var segments = value.Split('.', MaxSegments + 1);
        if (error.Length == 0 && segments.Length > MaxSegments)
            error = $"has more than {MaxSegments} segments";
        if (error.Length > 0)
            return false;

        var core = Reader(segments[0]) is { } reader ? TcCoreDecoder.Read(reader, out error) : null;
        if (core is null)
        {
            error = error.Length > 0 ? error : "has a core segment that is not base64url";
            return false;
        }

        return TryReadSegments(segments.AsSpan(1), core, out tcString, out error);
    }

    private static bool TryReadSegments(ReadOnlySpan<string> segments, TcCore core,
        [NotNullWhen(true)] out TcString? tcString, out string error)
    {
        tcString = null;
        VendorSet? disclosed = null;
        PublisherTc? publisher = null;
        foreach (var segment in segments)
        {
            if (Reader(segment) is not { } reader)
            {
                error = "has a segment that is not base64url";
                return false;
            }

            var type = reader.ReadInt(3);
            error = type switch
            {
                1 when disclosed is null => (disclosed = TcCoreDecoder.ReadVendorSection(reader)) is null
                    ? "has a broken disclosed-vendors segment" : "",
                3 when publisher is null => (publisher = ReadPublisherTc(reader)) is null
                    ? "has a broken publisher TC segment" : "",
                0 or 1 or 3 => $"has segment type {type} twice",
                _ => "",
            };
            if (error.Length > 0)
                return false;
        }

        tcString = new TcString(core, disclosed, publisher);
        error = "";
        return true;
    }

    private static PublisherTc? ReadPublisherTc(BitReader reader)
    {
        var consent = reader.ReadFlags(24);
        var legitimateInterest = reader.ReadFlags(24);
        var custom = reader.ReadInt(6);
        var customConsent = reader.ReadFlags(custom);
        var customLegitimateInterest = reader.ReadFlags(custom);
        return reader.Overrun
            ? null
            : new PublisherTc(consent, legitimateInterest, custom, customConsent, customLegitimateInterest);
    }

    private static BitReader? Reader(string segment) =>
        segment.Length == 0 ? null : BitReader.FromBase64Url(segment);
}
