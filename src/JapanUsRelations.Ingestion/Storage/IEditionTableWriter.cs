using JapanUsRelations.Ingestion.Model;
using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Ingestion.Storage;

/// <summary>
/// Writes one part of an edition (core structure, facts, topics, search index) into the new database, inside the
/// ingestion's single transaction. Each writer owns its tables, created by its own numbered migration.
/// </summary>
public interface IEditionTableWriter
{
    /// <summary>Writes the edition's rows. <paramref name="blockIds"/> maps block anchors to their row ids.</summary>
    void Write(SqliteConnection connection, SqliteTransaction transaction, Edition edition, long editionRowId, IReadOnlyDictionary<string, long> blockIds);
}
