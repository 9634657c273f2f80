using ChatConsent.Admin;
using ChatConsent.Agents;
using ChatConsent.Chat;
using ChatConsent.Consent;
using ChatConsent.Sites;
using ChatConsent.Visitors;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ChatConsent.Data;

/// <summary>
/// The one context of the service. Each database provider derives its own type from it so that
/// each keeps a migrations set of its own in this assembly.
/// </summary>
public abstract class ChatDbContext(DbContextOptions options)
    : IdentityDbContext<Agent>(options), IDataProtectionKeyContext
{
    public DbSet<Site> Sites => Set<Site>();

    public DbSet<Visitor> Visitors => Set<Visitor>();

    public DbSet<VisitorIdentity> VisitorIdentities => Set<VisitorIdentity>();

    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();

    public DbSet<Conversation> Conversations => Set<Conversation>();

    public DbSet<Message> Messages => Set<Message>();

    public DbSet<ConversationNote> ConversationNotes => Set<ConversationNote>();

    public DbSet<CannedResponse> CannedResponses => Set<CannedResponse>();

    public DbSet<AgentPresenceChoice> AgentPresenceChoices => Set<AgentPresenceChoice>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Returning.LinkToken> LinkTokens => Set<Returning.LinkToken>();

    public DbSet<Mail.OutboxMail> OutboxMails => Set<Mail.OutboxMail>();

    public DbSet<Returning.ConversationDigest> ConversationDigests => Set<Returning.ConversationDigest>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseConsentRecordRewrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(
        bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseConsentRecordRewrites();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ChatDbContext).Assembly);
    }

    // Consent records are proof; a proof that can be edited proves nothing.
    private void RefuseConsentRecordRewrites()
    {
        var rewritten = ChangeTracker.Entries<ConsentRecord>()
            .Any(entry => entry.State is EntityState.Modified or EntityState.Deleted);

        if (rewritten)
        {
            throw new InvalidOperationException("Consent records are append-only.");
        }
    }
}

public sealed class SqliteChatDbContext(DbContextOptions<SqliteChatDbContext> options)
    : ChatDbContext(options)
{
    // SQLite has no date type that sorts correctly with offsets; binary ticks sort and compare.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class SqlServerChatDbContext(DbContextOptions<SqlServerChatDbContext> options)
    : ChatDbContext(options);
