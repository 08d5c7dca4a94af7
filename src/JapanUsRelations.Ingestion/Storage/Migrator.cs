using System.Reflection;
using Dapper;
using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Ingestion.Storage;

/// <summary>
/// Applies the numbered SQL migrations embedded from <c>Storage/Migrations/NNN_name.sql</c>, in order, recording each
/// in <c>schema_migration</c>. Features add tables by adding a file with the next number.
/// </summary>
public static class Migrator
{
    private const string Prefix = "JapanUsRelations.Ingestion.Storage.Migrations.";

    /// <summary>The embedded migrations' names (e.g. <c>001_editions.sql</c>), in the order they apply.</summary>
    public static IReadOnlyList<string> Names { get; } = typeof(Migrator).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>Applies every migration not yet applied to the database.</summary>
    public static void Apply(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        connection.Execute("CREATE TABLE IF NOT EXISTS schema_migration (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)");
        var applied = connection.Query<string>("SELECT name FROM schema_migration").ToHashSet(StringComparer.Ordinal);
        foreach (string name in Names.Where(n => !applied.Contains(n)))
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(Read(name), transaction: transaction);
            connection.Execute(
                "INSERT INTO schema_migration (name, applied_at) VALUES (@name, @at)",
                new { name, at = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture) },
                transaction);
            transaction.Commit();
        }
    }

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"Migration {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
