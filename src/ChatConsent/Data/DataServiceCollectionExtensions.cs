using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatConsent.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ChatDbContext"/> on the configured provider.</summary>
    public static IServiceCollection AddChatData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.Provider != DatabaseProvider.SqlServer || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Database:ConnectionString is required when Database:Provider is SqlServer.")
            .ValidateOnStart();

        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new();
        if (options.Provider == DatabaseProvider.SqlServer)
        {
            services.AddDbContext<ChatDbContext, SqlServerChatDbContext>(db =>
                db.UseSqlServer(options.ConnectionString, sql => sql.EnableRetryOnFailure()));
        }
        else
        {
            services.AddDbContext<ChatDbContext, SqliteChatDbContext>(db =>
                db.UseSqlite(options.ResolveConnectionString()));
        }

        services.AddDataProtection().SetApplicationName("ChatConsent").PersistKeysToDbContext<ChatDbContext>();
        services.AddHealthChecks().AddDbContextCheck<ChatDbContext>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>Creates the data folder, applies migrations and turns on SQLite's WAL journal.</summary>
    public static async Task MigrateChatDatabaseAsync(this IServiceProvider services,
        CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (!options.MigrateOnStart)
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatDbContext>();
        if (db.Database.IsSqlite())
        {
            EnsureSqliteFolder(db.Database.GetConnectionString());
        }

        await db.Database.MigrateAsync(cancellationToken);

        if (db.Database.IsSqlite())
        {
            // WAL lets the console read while the hubs write; the mode is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    private static void EnsureSqliteFolder(string? connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder) && file != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}
