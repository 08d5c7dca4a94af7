namespace JapanUsRelations.Web.Infrastructure.Startup;

/// <summary>
/// Ingestion progress as structured log lines, one per tenth of the seeds in each pass (the first pass reading every
/// seed for its id, then the streamed pass writing each edition), for logs and non-terminal output, and into
/// <see cref="Readiness"/> (editions written).
/// </summary>
public sealed partial class ProgressLog : IProgress<JapanUsRelations.Ingestion.IngestionProgress>
{
    private readonly ILogger _logger;
    private readonly int _total;
    private readonly Readiness? _readiness;
    private readonly long _start = System.Diagnostics.Stopwatch.GetTimestamp();
    private long _writingStart;
    private int _lastReadTenth;
    private int _lastWrittenTenth;

    /// <summary>Logs the progress of ingesting <paramref name="total"/> seeds.</summary>
    public ProgressLog(ILogger logger, int total, Readiness? readiness = null)
    {
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _total = Math.Max(1, total);
        _readiness = readiness;
    }

    /// <inheritdoc />
    public void Report(JapanUsRelations.Ingestion.IngestionProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Written == 0)
        {
            if (Passed(ref _lastReadTenth, value.Read))
            {
                LogRead(_logger, value.Read, _total, Seconds(_start));
            }

            return;
        }

        _readiness?.Parsed(value.Written);
        Interlocked.CompareExchange(ref _writingStart, System.Diagnostics.Stopwatch.GetTimestamp(), 0);
        if (Passed(ref _lastWrittenTenth, value.Written))
        {
            double elapsed = Seconds(Interlocked.Read(ref _writingStart));
            double left = elapsed * (_total - value.Written) / value.Written;
            LogWritten(_logger, value.Written, _total, Seconds(_start), Math.Round(left, 1));
        }
    }

    // True for the one caller that moves the count into a new tenth.
    private bool Passed(ref int lastTenth, int done)
    {
        int tenth = done * 10 / _total;
        int last = lastTenth;
        return tenth > last && Interlocked.CompareExchange(ref lastTenth, tenth, last) == last;
    }

    private static double Seconds(long from) => Math.Round(System.Diagnostics.Stopwatch.GetElapsedTime(from).TotalSeconds, 1);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingestion: first pass read {Read}/{Total} seeds (metadata and ids) in {ElapsedSeconds} s")]
    private static partial void LogRead(ILogger logger, int read, int total, double elapsedSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingestion: wrote {Written}/{Total} editions (parsed, enriched, stored, compared) in {ElapsedSeconds} s, about {LeftSeconds} s left")]
    private static partial void LogWritten(ILogger logger, int written, int total, double elapsedSeconds, double leftSeconds);
}
