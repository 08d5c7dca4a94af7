namespace JapanUsRelations.Web.Infrastructure.Startup;

/// <summary>
/// Whether the site may serve: false while start-up ingestion builds the database (pages then answer 503 and
/// <c>/healthz</c> says "ingesting"), true once the database is current. Ready by default (the <c>ingest</c>
/// command and tests ingest before the site starts).
/// </summary>
public sealed class Readiness
{
    private volatile string _state = ReadyState;

    /// <summary>The state <c>/healthz</c> reports when the site serves.</summary>
    public const string ReadyState = "ok";

    /// <summary>The state while start-up ingestion runs.</summary>
    public const string IngestingState = "ingesting";

    /// <summary>The state when ingestion failed and there is no earlier database to serve.</summary>
    public const string FailedState = "ingestion failed";

    /// <summary>"ok", "ingesting" or "ingestion failed".</summary>
    public string State => _state;

    /// <summary>True when pages may be served.</summary>
    public bool IsReady => ReferenceEquals(_state, ReadyState);

    /// <summary>Seeds ingested so far (editions written: parsed, enriched, stored) and in all, while ingesting (for <c>/healthz</c>).</summary>
    public (int Done, int Total) Progress { get; private set; }

    /// <summary>Start-up ingestion has begun.</summary>
    public void Ingesting(int total)
    {
        Progress = (0, total);
        _state = IngestingState;
    }

    /// <summary>Seeds ingested so far (editions written).</summary>
    public void Parsed(int done) => Progress = (done, Progress.Total);

    /// <summary>The database is current: serve.</summary>
    public void Ready() => _state = ReadyState;

    /// <summary>Ingestion failed with nothing to serve.</summary>
    public void Failed() => _state = FailedState;
}
