using System.Text;

namespace ChatConsent.Benchmarks;

/// <summary>The inputs measured: what a real visitor sends, and what an attacker would.</summary>
internal static class BenchmarkInputs
{
    /// <summary>A shop page's cookies: analytics, a session, and several platforms' consent cookies.</summary>
    public static readonly string TypicalHeader = string.Join("; ",
        "_ga=GA1.1.123456789.1735689600",
        "_gid=GA1.1.987654321.1735689600",
        "CookieConsent={stamp:%27c3ludGhldGljLXN0YW1wLTAwMDE+QUJDRA==%27%2Cnecessary:true%2Cpreferences:true"
            + "%2Cstatistics:false%2Cmarketing:false%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1735689600000"
            + "%2Cregion:%27de%27}",
        "OptanonConsent=isGpcEnabled=0&datestamp=Mon+Jun+02+2025+10%3A15%3A00+GMT%2B0200+(Central+European+Summer"
            + "+Time)&version=202504.1.0&consentId=00000000-aaaa-4bbb-8ccc-dddddddddddd&interactionCount=1"
            + "&groups=C0001%3A1%2CC0002%3A0%2CC0003%3A1%2CC0004%3A0&AwaitingReconsent=false",
        "cookieyes-consent=consentid:U3ludGhldGljQ29uc2VudElkMDAwMDAwMDAwMDE,consent:no,action:yes,necessary:yes,"
            + "functional:yes,analytics:no,performance:no,advertisement:no,other:no",
        "klaro=%7B%22klaro%22%3Atrue%2C%22chatconsent%22%3Atrue%2C%22matomo%22%3Afalse%7D",
        "euconsent-v2=CQbB_cAQbB_cAAHABBENCFFsAP_gAAAAAAAAHXwCAAIAAqABaAFsAUgBZgF5gOvAAAAKSgAwABBd8p"
            + "ABgACC75CADAAEF3x0AGAAILvhIAMAAQXf.f_wAAAAAAAAA",
        "session=8f14e45fceea167a5a36dedd4bea2543",
        "lang=de");

    /// <summary>64 KB of distinct short cookies: the most work per byte the parser's caps allow.</summary>
    public static readonly string HostileHeader = BuildHostileHeader(64 * 1024);

    /// <summary>1,000 range-encoded vendor consents (about 2,900 characters) and a publisher segment.</summary>
    public static readonly string LongTcString = BuildLongTcString(1000);

    private static string BuildHostileHeader(int length)
    {
        var header = new StringBuilder(length + 32);
        for (var i = 0; header.Length < length; i++)
            header.Append('c').Append(i).Append("=%7B%22x%22%3A1%7D; ");
        return header.ToString(0, length);
    }

    private static string BuildLongTcString(int vendors)
    {
        var bits = new StringBuilder();
        void Write(long value, int width)
        {
            for (var i = width - 1; i >= 0; i--)
                bits.Append(((value >> i) & 1) == 1 ? '1' : '0');
        }

        Write(2, 6); Write(17_500_000_000, 36); Write(17_500_000_000, 36); Write(10, 12); Write(1, 12);
        Write(1, 6); Write(4, 6); Write(13, 6); Write(100, 12); Write(5, 6); Write(1, 1); Write(0, 1);
        Write(0, 12); Write(0xFFFFFF, 24); Write(0, 24); Write(0, 1); Write(3, 6); Write(4, 6);
        Write(2 * vendors, 16); Write(1, 1); Write(vendors, 12);
        for (var id = 1; id <= vendors; id++)
        {
            Write(0, 1);
            Write(2 * id, 16);
        }

        Write(0, 16); Write(0, 1); Write(0, 12);
        return Base64Url(bits) + ".YAAAAAAAAAAA";
    }

    private static string Base64Url(StringBuilder bits)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        while (bits.Length % 6 != 0)
            bits.Append('0');
        var text = new StringBuilder(bits.Length / 6);
        for (var i = 0; i < bits.Length; i += 6)
            text.Append(alphabet[Convert.ToInt32(bits.ToString(i, 6), 2)]);
        return text.ToString();
    }
}
