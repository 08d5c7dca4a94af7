using JapanUsRelations.Ingestion.Model;
using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Ingestion.Storage;

/// <summary>
/// A stage over the whole corpus (e.g. lineage: each edition against the one before it on its subject). It learns
/// every edition's metadata before the first is written (<see cref="Begin"/>), then hears each edition as soon as its
/// rows are written (<see cref="ICorpusTableSession.Written"/>), so it can work beside the writes instead of after
/// them, keeping only what it still needs; <see cref="ICorpusTableSession.Finish"/> comes after the last edition.
/// Everything runs inside the ingestion's single transaction, the stages in the order composed; a stage writes only
/// its own tables. Ingestion knows the interface only: implementations live in the projects that own the
/// computation (lineage in <c>JapanUsRelations.Lineage</c>) and are composed by the app.
/// </summary>
public interface ICorpusTableWriter
{
    /// <summary>
    /// The version of the stage's code (e.g. <see cref="ParserVersion.Of"/> of its assemblies): part of the seed
    /// fingerprint of a pipeline that runs it, so a change to the stage re-ingests unchanged seeds.
    /// </summary>
    string Version { get; }

    /// <summary>
    /// Starts the stage for one ingestion. <paramref name="corpus"/> is every edition that will be written, in the
    /// order they will be, with their final ids and metadata (report, subject, date, kind); their contents may be
    /// absent (the contents come with <see cref="ICorpusTableSession.Written"/>). The session's calls come on the
    /// thread that owns <paramref name="connection"/>, and only those calls may use it.
    /// </summary>
    ICorpusTableSession Begin(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<Edition> corpus);
}
