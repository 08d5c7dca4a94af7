namespace JapanUsRelations.Web.Infrastructure.Startup;

/// <summary>Ingestion progress as structured log lines, one per tenth of the seeds (for logs and non-terminal output), and into <see cref="Readiness"/>.</summary>
public sealed partial class ProgressLog : IProgress<int>
{
    private readonly ILogger _logger;
    private readonly int _total;
    private readonly Readiness? _readiness;
    private readonly long _start = System.Diagnostics.Stopwatch.GetTimestamp();
    private int _lastTenth;

    /// <summary>Logs the progress of parsing <paramref name="total"/> seeds.</summary>
    public ProgressLog(ILogger logger, int total, Readiness? readiness = null)
    {
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _total = Math.Max(1, total);
        _readiness = readiness;
    }

    /// <inheritdoc />
    public void Report(int value)
    {
        _readiness?.Parsed(value);
        int tenth = value * 10 / _total;
        int last = _lastTenth;
        if (tenth > last && Interlocked.CompareExchange(ref _lastTenth, tenth, last) == last)
        {
            double elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(_start).TotalSeconds;
            double left = value > 0 ? elapsed * (_total - value) / value : 0;
            LogProgress(_logger, value, _total, Math.Round(elapsed, 1), Math.Round(left, 1));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingestion: parsed {Parsed}/{Total} seeds in {ElapsedSeconds} s, about {LeftSeconds} s of parsing left")]
    private static partial void LogProgress(ILogger logger, int parsed, int total, double elapsedSeconds, double leftSeconds);
}
