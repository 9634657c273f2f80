using ChatConsent.Agents;
using ChatConsent.Chat;
using ChatConsent.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatConsent.Data.Configurations;

internal sealed class ConversationNoteConfiguration : IEntityTypeConfiguration<ConversationNote>
{
    public void Configure(EntityTypeBuilder<ConversationNote> note)
    {
        note.HasKey(n => n.Id);
        note.Property(n => n.ClientNoteId).HasMaxLength(MessageRules.MaxClientMessageIdLength);
        note.Property(n => n.AgentId).HasMaxLength(450);
        note.Property(n => n.Text).HasMaxLength(MessageRules.MaxLength);
        note.HasIndex(n => new { n.ConversationId, n.ClientNoteId }).IsUnique();

        // Erasure and retention delete the conversation; its notes go with it.
        note.HasOne<Conversation>().WithMany().HasForeignKey(n => n.ConversationId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CannedResponseConfiguration : IEntityTypeConfiguration<CannedResponse>
{
    public void Configure(EntityTypeBuilder<CannedResponse> canned)
    {
        canned.HasKey(c => c.Id);
        canned.Property(c => c.Key).HasMaxLength(CannedResponseRules.MaxKeyLength);
        canned.Property(c => c.Text).HasMaxLength(MessageRules.MaxLength);
        canned.HasIndex(c => new { c.SiteId, c.Key }).IsUnique();
        canned.HasOne<Site>().WithMany().HasForeignKey(c => c.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AgentPresenceChoiceConfiguration : IEntityTypeConfiguration<AgentPresenceChoice>
{
    public void Configure(EntityTypeBuilder<AgentPresenceChoice> choice)
    {
        choice.HasKey(c => c.AgentId);
        choice.Property(c => c.AgentId).HasMaxLength(450);
        choice.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        choice.HasOne<Agent>().WithMany().HasForeignKey(c => c.AgentId).OnDelete(DeleteBehavior.Cascade);
    }
}
