using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Ingestion.Storage;

/// <summary>
/// A stage that needs every edition at once (e.g. lineage: each edition against the one before it on its subject).
/// Runs inside the ingestion's single transaction, after every edition's rows are written, in the order composed;
/// it writes only its own tables. Ingestion knows the interface only: implementations live in the projects that
/// own the computation (lineage in <c>JapanUsRelations.Lineage</c>) and are composed by the app.
/// </summary>
public interface ICorpusTableWriter
{
    /// <summary>
    /// The version of the stage's code (e.g. <see cref="ParserVersion.Of"/> of its assemblies): part of the seed
    /// fingerprint of a pipeline that runs it, so a change to the stage re-ingests unchanged seeds.
    /// </summary>
    string Version { get; }

    /// <summary>Writes the stage's rows for the whole corpus.</summary>
    void Write(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<WrittenEdition> editions);
}
