using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatConsent.Tests.Support;

/// <summary>The service's wire format: camelCase members and enums.</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
