using System.ComponentModel.DataAnnotations;
using System.Globalization;
using ChatConsent.Data;
using ChatConsent.Sites;
using Microsoft.EntityFrameworkCore;

namespace ChatConsent.Admin;

/// <summary>Who acts on an admin page, as the audit log names them.</summary>
public sealed record Actor(string Id, string Name);

/// <summary>
/// Loads and saves a site's settings for the admin pages: validates, applies, and audits every
/// changed field with its old and new value. Sites are read from the database on every request,
/// so a saved change applies to the widget's next load and to the server at once.
/// </summary>
public sealed partial class SiteSettingsEditor(ChatDbContext db, TimeProvider clock, ILogger<SiteSettingsEditor> logger)
{
    public Task<List<Site>> ListAsync(CancellationToken cancellationToken) =>
        db.Sites.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);

    public Task<Site?> FindAsync(string key, CancellationToken cancellationToken) =>
        db.Sites.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, cancellationToken);

    /// <summary>Adds a site with the default settings; the admin then edits the rest.</summary>
    /// <returns>The validation failures; empty when the site was created.</returns>
    public async Task<List<ValidationResult>> CreateAsync(NewSiteForm form, Actor actor,
        CancellationToken cancellationToken)
    {
        var failures = new List<ValidationResult>();
        Validator.TryValidateObject(form, new ValidationContext(form), failures, validateAllProperties: true);
        if (failures.Count == 0 && await db.Sites.AnyAsync(s => s.Key == form.Key, cancellationToken))
        {
            failures.Add(new ValidationResult($"A site with the key '{form.Key}' exists already.", [nameof(form.Key)]));
        }

        if (failures.Count > 0)
        {
            return failures;
        }

        var now = clock.GetUtcNow();
        var site = new Site { Id = Guid.CreateVersion7(now), Key = form.Key, Name = form.Name.Trim(), CreatedAt = now };
        db.Sites.Add(site);
        db.AuditEntries.Add(AuditEntry.Of(now, actor, site.Id, "site_created", "Key", newValue: site.Key));
        await db.SaveChangesAsync(cancellationToken);
        return failures;
    }

    /// <returns>The validation failures; empty when the settings were saved.</returns>
    public async Task<List<ValidationResult>> SaveAsync(string key, SiteSettingsForm form, Actor actor,
        CancellationToken cancellationToken)
    {
        var failures = new List<ValidationResult>();
        var context = new ValidationContext(form);
        if (!Validator.TryValidateObject(form, context, failures, validateAllProperties: true))
        {
            // The validator skips the cross-field rules once a field fails; the admin wants all at once.
            failures.AddRange(form.Validate(context));
            return failures;
        }

        var site = await db.Sites.FirstAsync(s => s.Key == key, cancellationToken);
        var before = Snapshot(site);
        Apply(form, site);
        var after = Snapshot(site);

        var now = clock.GetUtcNow();
        foreach (var (field, old) in before.Where(pair => after[pair.Key] != pair.Value))
        {
            db.AuditEntries.Add(AuditEntry.Of(now, actor, site.Id, "setting_changed", field, old, after[field]));
            LogChanged(logger, site.Id, field, actor.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        await ForgetMetadataAsync(site, cancellationToken);
        return failures;
    }

    // Switching privacy mode on means nothing is held, not merely that nothing more is collected.
    private async Task ForgetMetadataAsync(Site site, CancellationToken cancellationToken)
    {
        var visitors = db.Visitors.Where(v => v.SiteId == site.Id);
        if (site.PrivacyMode)
        {
            await visitors.ExecuteUpdateAsync(set => set
                .SetProperty(v => v.CurrentPageUrl, (string?)null)
                .SetProperty(v => v.Referrer, (string?)null)
                .SetProperty(v => v.UserAgent, (string?)null)
                .SetProperty(v => v.IpAddress, (string?)null), cancellationToken);
        }
        else if (!site.CollectIpAddress)
        {
            await visitors.ExecuteUpdateAsync(
                set => set.SetProperty(v => v.IpAddress, (string?)null), cancellationToken);
        }
    }

    private static void Apply(SiteSettingsForm form, Site site)
    {
        site.Name = form.Name;
        site.AllowedOrigins = [.. form.OriginList()];
        site.Languages = [.. form.Languages];
        site.DefaultLanguage = form.DefaultLanguage;
        site.PrivacyPolicyUrl = Blank(form.PrivacyPolicyUrl);
        site.TermsUrl = Blank(form.TermsUrl);
        site.OperatorContact = Blank(form.OperatorContact);
        site.CookieLifetimeDays = form.SessionCookie ? null : form.CookieLifetimeDays;
        site.PrivacyMode = form.PrivacyMode;
        site.CollectIpAddress = form.CollectIpAddress;
        site.RetentionDays = form.KeepConversations ? null : form.RetentionDays;
        site.ConsentRetentionDays = form.ConsentRetentionDays;
        site.Consent.Mode = form.ConsentMode;
        site.Consent.Platform = form.ConsentPlatform;
        site.Consent.Category = Blank(form.PlatformCategory);
        site.Consent.Service = Blank(form.PlatformService);
        site.Consent.CookieName = Blank(form.PlatformCookieName);
        site.Consent.TcfCustomPurpose = form.TcfCustomPurpose;
        site.Consent.TcfPublisherPurposes = [.. form.PublisherPurposeList()];
        site.Consent.TcfVendorId = form.TcfVendorId;
        site.Consent.AcceptImpliedConsent = form.AcceptImpliedConsent;
        site.Consent.GpcPolicy = form.GpcPolicy;
        site.Consent.OptInLandingUrl = Blank(form.OptInLandingUrl);
        site.ContinuePageUrl = Blank(form.ContinuePageUrl);
        site.LinkLifetimeMinutes = form.LinkLifetimeMinutes;
    }

    // Every audited setting as text, so a change reads the same in the log whatever its type.
    private static Dictionary<string, string?> Snapshot(Site site) => new()
    {
        ["Name"] = site.Name,
        ["AllowedOrigins"] = string.Join(' ', site.AllowedOrigins),
        ["Languages"] = string.Join(' ', site.Languages),
        ["DefaultLanguage"] = site.DefaultLanguage,
        ["PrivacyPolicyUrl"] = site.PrivacyPolicyUrl,
        ["TermsUrl"] = site.TermsUrl,
        ["OperatorContact"] = site.OperatorContact,
        ["CookieLifetimeDays"] = site.CookieLifetimeDays?.ToString(CultureInfo.InvariantCulture) ?? "session",
        ["PrivacyMode"] = site.PrivacyMode ? "on" : "off",
        ["CollectIpAddress"] = site.CollectIpAddress ? "on" : "off",
        ["RetentionDays"] = site.RetentionDays?.ToString(CultureInfo.InvariantCulture) ?? "keep",
        ["ConsentRetentionDays"] = site.ConsentRetentionDays.ToString(CultureInfo.InvariantCulture),
        ["Consent.Mode"] = site.Consent.Mode.ToString(),
        ["Consent.Platform"] = site.Consent.Platform?.ToString(),
        ["Consent.Category"] = site.Consent.Category,
        ["Consent.Service"] = site.Consent.Service,
        ["Consent.CookieName"] = site.Consent.CookieName,
        ["Consent.TcfCustomPurpose"] = site.Consent.TcfCustomPurpose?.ToString(CultureInfo.InvariantCulture),
        ["Consent.TcfPublisherPurposes"] = string.Join(", ", site.Consent.TcfPublisherPurposes),
        ["Consent.TcfVendorId"] = site.Consent.TcfVendorId?.ToString(CultureInfo.InvariantCulture),
        ["Consent.AcceptImpliedConsent"] = site.Consent.AcceptImpliedConsent ? "on" : "off",
        ["Consent.GpcPolicy"] = site.Consent.GpcPolicy.ToString(),
        ["Consent.OptInLandingUrl"] = site.Consent.OptInLandingUrl,
        ["ContinuePageUrl"] = site.ContinuePageUrl,
        ["LinkLifetimeMinutes"] = site.LinkLifetimeMinutes.ToString(CultureInfo.InvariantCulture),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [LoggerMessage(EventId = 1601, Level = LogLevel.Information,
        Message = "Setting {Setting} of site {SiteId} changed by agent {AgentId}")]
    private static partial void LogChanged(ILogger logger, Guid siteId, string setting, string agentId);
}
