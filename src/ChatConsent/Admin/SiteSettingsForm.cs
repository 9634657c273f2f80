using System.ComponentModel.DataAnnotations;
using ChatConsent.Consent;
using ChatConsent.Sites;

namespace ChatConsent.Admin;

/// <summary>Every setting of one site as the admin page edits it. Validation messages name the field.</summary>
public sealed class SiteSettingsForm : IValidatableObject
{
    [Required, StringLength(200)]
    [Display(Name = "Site name")]
    public string Name { get; set; } = "";

    /// <summary>One origin per line, such as https://shop.example.</summary>
    [Display(Name = "Allowed origins")]
    public string AllowedOrigins { get; set; } = "";

    [Display(Name = "Languages")]
    public List<string> Languages { get; set; } = [];

    [Required, RegularExpression("^(en|de)$", ErrorMessage = "The default language must be en or de.")]
    [Display(Name = "Default language")]
    public string DefaultLanguage { get; set; } = "en";

    [Url, StringLength(2048)]
    [Display(Name = "Privacy policy link")]
    public string? PrivacyPolicyUrl { get; set; }

    [Url, StringLength(2048)]
    [Display(Name = "Terms link")]
    public string? TermsUrl { get; set; }

    [StringLength(500)]
    [Display(Name = "Privacy contact")]
    public string? OperatorContact { get; set; }

    [Display(Name = "Session cookie")]
    public bool SessionCookie { get; set; }

    [Range(1, 730, ErrorMessage = "The cookie lifetime must be 1 to 730 days.")]
    [Display(Name = "Cookie lifetime (days)")]
    public int CookieLifetimeDays { get; set; } = 365;

    [Display(Name = "Privacy mode")]
    public bool PrivacyMode { get; set; }

    [Display(Name = "Store the shortened IP address")]
    public bool CollectIpAddress { get; set; } = true;

    [Display(Name = "Keep conversations forever")]
    public bool KeepConversations { get; set; }

    [Range(1, 3650, ErrorMessage = "Conversations can be kept 1 to 3650 days.")]
    [Display(Name = "Delete conversations after (days)")]
    public int RetentionDays { get; set; } = 180;

    [Range(30, 3650, ErrorMessage = "Consent records must be kept 30 to 3650 days.")]
    [Display(Name = "Keep consent records (days)")]
    public int ConsentRetentionDays { get; set; } = 1095;

    [Display(Name = "Consent mode")]
    public ConsentMode ConsentMode { get; set; }

    [Display(Name = "Consent platform")]
    public ConsentPlatform? ConsentPlatform { get; set; }

    [StringLength(128)]
    [Display(Name = "Platform category")]
    public string? PlatformCategory { get; set; }

    [StringLength(128)]
    [Display(Name = "Platform service")]
    public string? PlatformService { get; set; }

    [StringLength(128)]
    [Display(Name = "Platform cookie name")]
    public string? PlatformCookieName { get; set; }

    [Range(1, 64, ErrorMessage = "A TCF custom purpose is a number from 1 to 64.")]
    [Display(Name = "TCF custom purpose")]
    public int? TcfCustomPurpose { get; set; }

    [RegularExpression(@"^\s*(\d{1,2}\s*(,\s*\d{1,2}\s*)*)?$",
        ErrorMessage = "TCF publisher purposes are numbers separated by commas, such as 1, 7.")]
    [Display(Name = "TCF publisher purposes")]
    public string? TcfPublisherPurposes { get; set; }

    [Range(1, 65535, ErrorMessage = "A TCF vendor id is a number from 1 to 65535.")]
    [Display(Name = "TCF vendor id")]
    public int? TcfVendorId { get; set; }

    [Display(Name = "Accept implied consent")]
    public bool AcceptImpliedConsent { get; set; }

    [Display(Name = "Global Privacy Control")]
    public GpcPolicy GpcPolicy { get; set; }

    [Url, StringLength(2048)]
    [Display(Name = "Opt-in landing page")]
    public string? OptInLandingUrl { get; set; }

    [Url, StringLength(2048)]
    [Display(Name = "Continue page")]
    public string? ContinuePageUrl { get; set; }

    [Range(1, 60, ErrorMessage = "An e-mail link can be valid for 1 to 60 minutes.")]
    [Display(Name = "E-mail link valid for (minutes)")]
    public int LinkLifetimeMinutes { get; set; } = 10;

    public IReadOnlyList<int> PublisherPurposeList() =>
        [.. (TcfPublisherPurposes ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(purpose => int.TryParse(purpose, out var number) ? number : 0).Where(number => number > 0)];

    public IReadOnlyList<string> OriginList() =>
        [.. AllowedOrigins.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(origin => origin.TrimEnd('/'))];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var origin in OriginList().Where(origin => !SiteOrigins.IsOrigin(origin)))
        {
            yield return new($"'{origin}' is not an origin such as https://shop.example.", [nameof(AllowedOrigins)]);
        }

        if (ContinuePageProblem(ContinuePageUrl, OriginList()) is { } problem)
        {
            yield return new(problem, [nameof(ContinuePageUrl)]);
        }

        if (Languages.Count == 0 || Languages.Any(language => language is not ("en" or "de")))
        {
            yield return new("Choose at least one of the shipped languages, en and de.", [nameof(Languages)]);
        }
        else if (!Languages.Contains(DefaultLanguage))
        {
            yield return new("The default language must be one of the site's languages.", [nameof(DefaultLanguage)]);
        }

        if (ConsentMode != Sites.ConsentMode.Notice && ConsentPlatform is null)
        {
            yield return new("This consent mode needs a consent platform.", [nameof(ConsentPlatform)]);
        }

        // These two platforms have no convention for a chat: without a mapping nothing can grant it.
        if (ConsentPlatform == Consent.ConsentPlatform.Tcf && TcfCustomPurpose is null && TcfVendorId is null
            && PublisherPurposeList().Count == 0)
        {
            yield return new("An IAB TCF site needs a custom purpose, publisher purposes or a vendor id for the chat.",
                [nameof(TcfCustomPurpose)]);
        }

        if (ConsentPlatform == Consent.ConsentPlatform.Usercentrics && string.IsNullOrWhiteSpace(PlatformService))
        {
            yield return new("A Usercentrics site needs the chat's template id as the platform service.",
                [nameof(PlatformService)]);
        }
    }

    /// <summary>
    /// The continue page receives the link's token in its fragment, so it must be a page of the
    /// site itself: on one of its allowed origins, where the widget may run, without a fragment.
    /// </summary>
    public static string? ContinuePageProblem(string? url, IReadOnlyList<string> origins)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        // A space would survive in the HTML part of a mail but break the link in the text part.
        if (url.Trim().Any(char.IsWhiteSpace)
            || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var page)
            || page.Scheme is not ("https" or "http"))
        {
            return "The continue page must be a web address (https:// or http://) without spaces.";
        }

        if (page.Fragment.Length > 0)
        {
            return "The continue page must not have a fragment (#…): the link puts its token there.";
        }

        var origin = page.GetLeftPart(UriPartial.Authority);
        return origins.Any(allowed => string.Equals(allowed, origin, StringComparison.OrdinalIgnoreCase))
            ? null
            : $"The continue page must be on one of the allowed origins, not on {origin}.";
    }

    public static SiteSettingsForm From(Site site) => new()
    {
        Name = site.Name,
        AllowedOrigins = string.Join('\n', site.AllowedOrigins),
        Languages = [.. site.Languages],
        DefaultLanguage = site.DefaultLanguage,
        PrivacyPolicyUrl = site.PrivacyPolicyUrl,
        TermsUrl = site.TermsUrl,
        OperatorContact = site.OperatorContact,
        SessionCookie = site.CookieLifetimeDays is null,
        CookieLifetimeDays = site.CookieLifetimeDays ?? 365,
        PrivacyMode = site.PrivacyMode,
        CollectIpAddress = site.CollectIpAddress,
        KeepConversations = site.RetentionDays is null,
        RetentionDays = site.RetentionDays ?? 180,
        ConsentRetentionDays = site.ConsentRetentionDays,
        ConsentMode = site.Consent.Mode,
        ConsentPlatform = site.Consent.Platform,
        PlatformCategory = site.Consent.Category,
        PlatformService = site.Consent.Service,
        PlatformCookieName = site.Consent.CookieName,
        TcfCustomPurpose = site.Consent.TcfCustomPurpose,
        TcfPublisherPurposes = string.Join(", ", site.Consent.TcfPublisherPurposes),
        TcfVendorId = site.Consent.TcfVendorId,
        AcceptImpliedConsent = site.Consent.AcceptImpliedConsent,
        GpcPolicy = site.Consent.GpcPolicy,
        OptInLandingUrl = site.Consent.OptInLandingUrl,
        ContinuePageUrl = site.ContinuePageUrl,
        LinkLifetimeMinutes = site.LinkLifetimeMinutes,
    };
}
