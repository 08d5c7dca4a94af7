using Dapper;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Storage;
using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Ingestion.Tests.Support;

/// <summary>
/// A corpus stage that writes nothing and records what it was told: the corpus planned, each written edition (with
/// what its rows in the transaction say at that moment), whether it finished and was disposed; it keeps only weak
/// references to the editions, so a test can see which ones the ingestion still holds.
/// </summary>
public sealed class RecordingCorpusWriter : ICorpusTableWriter
{
    /// <summary>Runs once, at the first edition written (to change a seed mid-ingestion, say).</summary>
    public Action? AtFirstEdition { get; init; }

    /// <summary>Runs in <see cref="ICorpusTableSession.Finish"/>, before the session records that it finished.</summary>
    public Action<RecordingCorpusWriter>? AtFinish { get; init; }

    /// <summary>The ids of the corpus given to <see cref="Begin"/>, in order.</summary>
    public List<string> Planned { get; } = [];

    /// <summary>Whether the planned editions came without their contents.</summary>
    public List<int> PlannedSections { get; } = [];

    /// <summary>Each edition written: its id, the slug its edition row holds and its block rows, read in the transaction when told.</summary>
    public List<(string Id, string? RowSlug, long BlockRows, int Blocks)> Written { get; } = [];

    /// <summary>The editions written, weakly.</summary>
    public List<WeakReference<Edition>> Editions { get; } = [];

    /// <summary>How many sessions began, finished and were disposed.</summary>
    public int Began { get; private set; }

    /// <inheritdoc cref="Began"/>
    public int Finished { get; private set; }

    /// <inheritdoc cref="Began"/>
    public int Disposed { get; private set; }

    /// <inheritdoc />
    public string Version => "recording";

    /// <inheritdoc />
    public ICorpusTableSession Begin(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<Edition> corpus)
    {
        Began++;
        Planned.AddRange(corpus.Select(e => e.Id));
        PlannedSections.AddRange(corpus.Select(e => e.Sections.Count));
        return new Session(this, connection, transaction);
    }

    /// <summary>How many of the written editions are still alive after a full collection.</summary>
    public int Alive()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return Editions.Count(e => e.TryGetTarget(out _));
    }

    private sealed class Session(RecordingCorpusWriter owner, SqliteConnection connection, SqliteTransaction transaction) : ICorpusTableSession
    {
        public void Written(WrittenEdition edition)
        {
            if (owner.Written.Count == 0)
            {
                owner.AtFirstEdition?.Invoke();
            }

            string? slug = connection.QuerySingleOrDefault<string>("SELECT slug FROM edition WHERE id = @id", new { id = edition.RowId }, transaction);
            long blocks = connection.ExecuteScalar<long>("SELECT count(*) FROM block WHERE edition_id = @id", new { id = edition.RowId }, transaction);
            owner.Written.Add((edition.Edition.Id, slug, blocks, edition.BlockIds.Count));
            owner.Editions.Add(new WeakReference<Edition>(edition.Edition));
        }

        public void Finish()
        {
            owner.AtFinish?.Invoke(owner);
            owner.Finished++;
        }

        public void Dispose() => owner.Disposed++;
    }
}
