using ChatConsent.Consent;
using ChatConsent.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatConsent.Data.Configurations;

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> record)
    {
        record.HasKey(r => r.Id);
        record.Property(r => r.Action).HasConversion<string>().HasMaxLength(16);
        record.Property(r => r.Source).HasMaxLength(32);
        record.Property(r => r.Scope).HasMaxLength(512);
        record.Property(r => r.NoticeVersion).HasMaxLength(32);
        record.Property(r => r.Language).HasMaxLength(16);
        record.Property(r => r.PlatformConsentId).HasMaxLength(128);
        record.Property(r => r.EvidenceDigest).HasMaxLength(64);
        record.HasIndex(r => new { r.SiteId, r.RecordedAt });
        record.HasIndex(r => r.VisitorId);

        // No foreign key to the visitor: proof of consent outlives the visitor's erasure.
        record.HasOne<Site>().WithMany().HasForeignKey(r => r.SiteId).OnDelete(DeleteBehavior.Restrict);
    }
}
