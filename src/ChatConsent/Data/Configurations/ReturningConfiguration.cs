using ChatConsent.Chat;
using ChatConsent.Mail;
using ChatConsent.Returning;
using ChatConsent.Visitors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatConsent.Data.Configurations;

internal sealed class LinkTokenConfiguration : IEntityTypeConfiguration<LinkToken>
{
    public void Configure(EntityTypeBuilder<LinkToken> token)
    {
        token.HasKey(t => t.Id);
        token.Property(t => t.TokenHash).HasMaxLength(32);
        token.HasIndex(t => t.TokenHash).IsUnique();
        token.Property(t => t.Purpose).HasConversion<string>().HasMaxLength(16);
        token.Property(t => t.Email).HasMaxLength(EmailAddresses.MaxLength);
        token.HasIndex(t => t.ExpiresAt);

        // The site is reached through the visitor; a second cascade path would be refused by SQL Server.
        token.HasOne<Visitor>().WithMany().HasForeignKey(t => t.VisitorId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OutboxMailConfiguration : IEntityTypeConfiguration<OutboxMail>
{
    public void Configure(EntityTypeBuilder<OutboxMail> mail)
    {
        mail.HasKey(m => m.Id);
        mail.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
        mail.Property(m => m.Recipient).HasMaxLength(EmailAddresses.MaxLength);
        mail.Property(m => m.LastError).HasMaxLength(500);
        mail.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
        mail.HasIndex(m => m.VisitorId);
        mail.HasOne<Visitor>().WithMany().HasForeignKey(m => m.VisitorId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ConversationDigestConfiguration : IEntityTypeConfiguration<ConversationDigest>
{
    public void Configure(EntityTypeBuilder<ConversationDigest> digest)
    {
        digest.HasKey(d => d.ConversationId);
        digest.HasIndex(d => d.DueAt);
        digest.HasOne<Conversation>().WithOne().HasForeignKey<ConversationDigest>(d => d.ConversationId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
