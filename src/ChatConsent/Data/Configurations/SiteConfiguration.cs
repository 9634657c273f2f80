using ChatConsent.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatConsent.Data.Configurations;

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> site)
    {
        site.HasKey(s => s.Id);
        site.HasIndex(s => s.Key).IsUnique();
        site.Property(s => s.Key).HasMaxLength(64);
        site.Property(s => s.Name).HasMaxLength(200);
        site.Property(s => s.DefaultLanguage).HasMaxLength(16);
        site.Property(s => s.PrivacyPolicyUrl).HasMaxLength(2048);
        site.PrimitiveCollection(s => s.AllowedOrigins);
        site.PrimitiveCollection(s => s.Languages);
        site.Property(s => s.TermsUrl).HasMaxLength(2048);
        site.Property(s => s.OperatorContact).HasMaxLength(500);
        site.Property(s => s.ContinuePageUrl).HasMaxLength(2048);
        site.Property(s => s.LinkLifetimeMinutes).HasDefaultValue(10);
        site.OwnsOne(s => s.Consent, consent =>
        {
            consent.ToJson();
            consent.Property(c => c.Mode).HasConversion<string>();
            consent.Property(c => c.Platform).HasConversion<string>();
            consent.Property(c => c.GpcPolicy).HasConversion<string>();
        });
    }
}
