using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ChatConsent.Data;

// Used only by `dotnet ef migrations add`; neither connection is ever opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteChatDbContext>
{
    public SqliteChatDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteChatDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerChatDbContext>
{
    public SqlServerChatDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerChatDbContext>()
            .UseSqlServer("Server=design;Database=ChatConsent;Trusted_Connection=True").Options);
}
