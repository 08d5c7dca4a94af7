namespace JapanUsRelations.Ingestion.Storage;

/// <summary>
/// One ingestion's run of an <see cref="ICorpusTableWriter"/>: told of each edition once its rows are written (in
/// the order of the corpus given to <see cref="ICorpusTableWriter.Begin"/>), then finished. Disposed in every case;
/// disposing a session that was not finished (the ingestion failed) stops its work without writing more.
/// </summary>
public interface ICorpusTableSession : IDisposable
{
    /// <summary>
    /// <paramref name="edition"/>'s rows (and its section and block rows) are written. The session may write its own
    /// rows for the editions written so far, now or at a later call, and drops what no later edition needs.
    /// </summary>
    void Written(WrittenEdition edition);

    /// <summary>Every edition is written: writes what is left.</summary>
    void Finish();
}
