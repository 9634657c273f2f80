using System.Text.RegularExpressions;
using ChatConsent.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ChatConsent.Tests.Data;

// SQL Server cannot run on the test machine, so its migrations are checked as the script they produce.
public sealed partial class SqlServerMigrationTests
{
    [Fact]
    public void Idempotent_script_creates_every_table_of_the_model()
    {
        using var db = SqlServerContext();
        var migrator = db.GetService<IMigrator>();

        var script = migrator.GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var created = CreatedTable().Matches(script).Select(m => m.Groups[1].Value).ToHashSet();
        var modelTables = db.Model.GetEntityTypes().Select(e => e.GetTableName()!).ToHashSet();

        Assert.NotEmpty(modelTables);
        Assert.Superset(modelTables, created);
        Assert.Contains("IF NOT EXISTS (\n    SELECT * FROM [__EFMigrationsHistory]",
            script.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Sql_server_migrations_match_the_model()
    {
        using var db = SqlServerContext();

        Assert.False(db.Database.HasPendingModelChanges(), "Run dotnet ef migrations add for SqlServerChatDbContext.");
    }

    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = new SqliteChatDbContext(new DbContextOptionsBuilder<SqliteChatDbContext>()
            .UseSqlite("Data Source=:memory:").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "Run dotnet ef migrations add for SqliteChatDbContext.");
    }

    private static SqlServerChatDbContext SqlServerContext() =>
        new(new DbContextOptionsBuilder<SqlServerChatDbContext>()
            .UseSqlServer("Server=unused;Database=ChatConsent;Trusted_Connection=True").Options);

    [GeneratedRegex(@"CREATE TABLE \[([^\]]+)\]")]
    private static partial Regex CreatedTable();
}
