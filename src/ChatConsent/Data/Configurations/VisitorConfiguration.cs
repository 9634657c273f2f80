using ChatConsent.Sites;
using ChatConsent.Visitors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatConsent.Data.Configurations;

internal sealed class VisitorConfiguration : IEntityTypeConfiguration<Visitor>
{
    public void Configure(EntityTypeBuilder<Visitor> visitor)
    {
        visitor.HasKey(v => v.Id);
        visitor.Property(v => v.Language).HasMaxLength(16);
        visitor.Property(v => v.PrivacyModeReason).HasMaxLength(16);
        visitor.Property(v => v.CurrentPageUrl).HasMaxLength(2048);
        visitor.Property(v => v.Referrer).HasMaxLength(2048);
        visitor.Property(v => v.UserAgent).HasMaxLength(512);
        visitor.Property(v => v.IpAddress).HasMaxLength(45);
        visitor.Property(v => v.Email).HasMaxLength(Returning.EmailAddresses.MaxLength);
        visitor.Property(v => v.PendingEmail).HasMaxLength(Returning.EmailAddresses.MaxLength);

        // Sign-in links are requested by address, per site.
        visitor.HasIndex(v => new { v.SiteId, v.Email });
        visitor.HasOne<Site>().WithMany().HasForeignKey(v => v.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class VisitorIdentityConfiguration : IEntityTypeConfiguration<VisitorIdentity>
{
    public void Configure(EntityTypeBuilder<VisitorIdentity> identity)
    {
        identity.HasKey(i => i.Id);
        identity.Property(i => i.TokenHash).HasMaxLength(32);
        identity.HasIndex(i => i.TokenHash).IsUnique();
        identity.HasOne(i => i.Visitor).WithMany().HasForeignKey(i => i.VisitorId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
