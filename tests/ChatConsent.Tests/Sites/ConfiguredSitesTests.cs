using System.Net.Http.Json;
using ChatConsent.Tests.Support;
using ChatConsent.Widget;
using Microsoft.Extensions.Options;

namespace ChatConsent.Tests.Sites;

public sealed class ConfiguredSitesTests
{
    [Fact]
    public async Task Site_declared_in_configuration_serves_its_widget_with_its_settings()
    {
        await using var host = await new ChatConsentHost(settings: new Dictionary<string, string?>
        {
            ["Sites:0:Key"] = "bakery",
            ["Sites:0:Name"] = "Corner Bakery",
            ["Sites:0:AllowedOrigins:0"] = "https://bakery.example/",
            ["Sites:0:DefaultLanguage"] = "de",
            ["Sites:0:CookieLifetimeDays"] = "30",
        }).StartAsync();
        using var http = host.CreateClient();

        var config = await http.GetFromJsonAsync<WidgetConfig>("/api/widget/bakery/config?lang=fr", Json.Options,
            TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/widget/bakery/config");
        request.Headers.Add("Origin", "https://bakery.example");
        var cors = await http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal("Corner Bakery", config!.SiteName);
        Assert.Equal("de", config.Language);
        Assert.Equal(30L * 24 * 3600, config.Cookie.MaxAgeSeconds);
        Assert.Equal("https://bakery.example", cors.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Allowed_origin_with_a_path_stops_the_start_and_names_the_value()
    {
        await using var host = new ChatConsentHost(settings: new Dictionary<string, string?>
        {
            ["Sites:0:Key"] = "bakery",
            ["Sites:0:Name"] = "Corner Bakery",
            ["Sites:0:AllowedOrigins:0"] = "shop.example/path",
        });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Sites:0:AllowedOrigins: 'shop.example/path'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_site_in_configuration_stops_the_start_with_a_message_that_names_it()
    {
        await using var host = new ChatConsentHost(settings: new Dictionary<string, string?>
        {
            ["Sites:0:Key"] = "Not A Key!",
            ["Sites:0:Name"] = "Broken",
        });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Sites:0:Key", failure.Message, StringComparison.Ordinal);
    }
}
