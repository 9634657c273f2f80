using ChatConsent.Agents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatConsent.Data.Configurations;

/// <summary>What the service adds to Identity's user table; Identity configures the rest.</summary>
internal sealed class AgentConfiguration : IEntityTypeConfiguration<Agent>
{
    public void Configure(EntityTypeBuilder<Agent> agent)
    {
        agent.Property(a => a.DisplayName).HasMaxLength(AgentDisplayName.MaxLength);
        agent.Ignore(a => a.Status);
    }
}
