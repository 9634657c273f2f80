using ChatConsent.Agents;
using ChatConsent.Chat;
using ChatConsent.Sites;
using ChatConsent.Visitors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatConsent.Data.Configurations;

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> conversation)
    {
        conversation.HasKey(c => c.Id);
        conversation.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        conversation.Property(c => c.LastSequence).IsConcurrencyToken();
        conversation.HasIndex(c => new { c.VisitorId, c.LastMessageAt });
        conversation.HasIndex(c => new { c.SiteId, c.LastMessageAt });
        conversation.Property(c => c.AssignedAgentId).HasMaxLength(450);
        conversation.HasIndex(c => new { c.AssignedAgentId, c.Status, c.LastMessageAt });
        conversation.HasOne<Site>().WithMany().HasForeignKey(c => c.SiteId).OnDelete(DeleteBehavior.Restrict);
        conversation.HasOne<Visitor>().WithMany().HasForeignKey(c => c.VisitorId)
            .OnDelete(DeleteBehavior.Cascade);
        conversation.HasMany(c => c.Messages).WithOne().HasForeignKey(m => m.ConversationId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> message)
    {
        message.HasKey(m => m.Id);
        message.Property(m => m.ClientMessageId).HasMaxLength(64);
        message.Property(m => m.Sender).HasConversion<string>().HasMaxLength(16);
        message.Property(m => m.Text).HasMaxLength(MessageRules.MaxLength);
        message.Property(m => m.AgentId).HasMaxLength(450);
        message.Property(m => m.AgentName).HasMaxLength(AgentDisplayName.MaxLength);
        message.HasIndex(m => new { m.ConversationId, m.Sequence }).IsUnique();
        message.HasIndex(m => new { m.ConversationId, m.ClientMessageId }).IsUnique();
    }
}
