using System.ComponentModel.DataAnnotations;

namespace ChatConsent.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>Where conversations, consent records and accounts are stored. Section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default, embedded, no set-up) or <c>SqlServer</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// ADO.NET connection string. Optional for SQLite, where it defaults to a file in
    /// <see cref="DataDirectory"/>; required for SQL Server.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Folder for the SQLite file, relative to the working directory. Default <c>data</c>.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Apply pending migrations at start. Default true.</summary>
    public bool MigrateOnStart { get; set; } = true;

    public string ResolveConnectionString() => Provider switch
    {
        DatabaseProvider.Sqlite => ConnectionString
            ?? $"Data Source={Path.Combine(DataDirectory, "chatconsent.db")}",
        _ => ConnectionString
            ?? throw new InvalidOperationException("Database:ConnectionString is required for SQL Server."),
    };
}
