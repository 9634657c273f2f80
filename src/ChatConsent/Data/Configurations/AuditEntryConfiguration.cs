using ChatConsent.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatConsent.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.HasKey(e => e.Id);
        entry.Property(e => e.ActorId).HasMaxLength(450);
        entry.Property(e => e.ActorName).HasMaxLength(256);
        entry.Property(e => e.Action).HasMaxLength(32);
        // An agent's e-mail address can be as long as Identity allows.
        entry.Property(e => e.Subject).HasMaxLength(256);
        entry.Property(e => e.OldValue).HasMaxLength(AuditEntry.MaxValueLength);
        entry.Property(e => e.NewValue).HasMaxLength(AuditEntry.MaxValueLength);
        entry.HasIndex(e => e.At);
    }
}
