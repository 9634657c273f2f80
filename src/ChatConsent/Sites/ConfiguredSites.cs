using System.ComponentModel.DataAnnotations;
using ChatConsent.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatConsent.Sites;

/// <summary>A site declared in configuration, section <c>Sites:{n}</c>.</summary>
public sealed class SiteSettings
{
    /// <summary>The public key the script tag names in <c>data-site</c>.</summary>
    [Required, RegularExpression("^[a-z0-9][a-z0-9-]{0,63}$")]
    public string Key { get; set; } = "";

    [Required, StringLength(200)]
    public string Name { get; set; } = "";

    /// <summary>Origins such as <c>https://shop.example</c> that may embed the widget.</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    [RegularExpression("^(en|de)$")]
    public string DefaultLanguage { get; set; } = "en";

    [Url]
    public string? PrivacyPolicyUrl { get; set; }

    /// <summary>Days the identity cookie lives (1 to 730); empty for a session cookie. Default 365.</summary>
    [Range(1, 730)]
    public int? CookieLifetimeDays { get; set; } = 365;

    /// <summary>The page e-mail links lead to, on one of the allowed origins; empty: the site's home.</summary>
    [Url]
    public string? ContinuePageUrl { get; set; }

    /// <summary>Minutes an e-mail link stays valid, 1 to 60. Default 10.</summary>
    [Range(1, 60)]
    public int LinkLifetimeMinutes { get; set; } = 10;

    /// <summary>Consent mode, platform and mapping; see docs/consent.md for each platform's defaults.</summary>
    public SiteConsentSettings Consent { get; set; } = new();
}

public sealed class ConfiguredSitesOptions
{
    public const string Section = "Sites";

    public List<SiteSettings> Sites { get; set; } = [];
}

/// <summary>Names each wrong value under <c>Sites</c>, so a bad setting stops the start with a clear message.</summary>
internal sealed class ConfiguredSitesValidation : IValidateOptions<ConfiguredSitesOptions>
{
    public ValidateOptionsResult Validate(string? name, ConfiguredSitesOptions options)
    {
        var failures = options.Sites.SelectMany((site, index) => Problems(site, $"Sites:{index}")).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Problems(SiteSettings site, string path)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(site, new ValidationContext(site), results, validateAllProperties: true);
        foreach (var result in results)
        {
            yield return $"{path}:{string.Join(",", result.MemberNames)}: {result.ErrorMessage}";
        }

        foreach (var origin in site.AllowedOrigins.Where(origin => !SiteOrigins.IsOrigin(origin)))
        {
            yield return $"{path}:AllowedOrigins: '{origin}' is not an origin such as https://shop.example";
        }

        var origins = site.AllowedOrigins.Select(o => o.TrimEnd('/')).ToList();
        if (Admin.SiteSettingsForm.ContinuePageProblem(site.ContinuePageUrl, origins) is { } problem)
        {
            yield return $"{path}:ContinuePageUrl: {problem}";
        }
    }

}

/// <summary>
/// Creates the sites declared in configuration at start when they do not exist yet. After that
/// the admin pages own their settings, so a restart never undoes an admin's change.
/// </summary>
internal sealed class ConfiguredSites(ChatDbContext db, IOptions<ConfiguredSitesOptions> options, TimeProvider clock)
{
    public async Task ApplyAsync(CancellationToken cancellationToken)
    {
        foreach (var settings in options.Value.Sites)
        {
            if (await db.Sites.AnyAsync(s => s.Key == settings.Key, cancellationToken))
            {
                continue;
            }

            db.Sites.Add(new Site
            {
                Id = Guid.CreateVersion7(),
                Key = settings.Key,
                Name = settings.Name,
                CreatedAt = clock.GetUtcNow(),
                AllowedOrigins = [.. settings.AllowedOrigins.Select(o => o.TrimEnd('/'))],
                DefaultLanguage = settings.DefaultLanguage,
                PrivacyPolicyUrl = settings.PrivacyPolicyUrl,
                CookieLifetimeDays = settings.CookieLifetimeDays,
                Consent = settings.Consent,
                ContinuePageUrl = settings.ContinuePageUrl,
                LinkLifetimeMinutes = settings.LinkLifetimeMinutes,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
