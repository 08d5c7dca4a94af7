namespace JapanUsRelations.Web.Infrastructure.Logging;

/// <summary>Writes one structured line per interval (default 10 s) summing up the requests of that interval, if any.</summary>
public sealed partial class RequestSummaryReporter : BackgroundService
{
    private readonly RequestSummary _summary;
    private readonly ILogger<RequestSummaryReporter> _logger;
    private readonly TimeSpan _interval;

    /// <summary>Creates the reporter; <c>Editions:RequestLog:IntervalSeconds</c> sets the interval.</summary>
    public RequestSummaryReporter(RequestSummary summary, ILogger<RequestSummaryReporter> logger, IConfiguration configuration)
    {
        _summary = summary ?? throw new ArgumentNullException(nameof(summary));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _interval = TimeSpan.FromSeconds(Math.Max(1, configuration?.GetValue("Editions:RequestLog:IntervalSeconds", 10.0) ?? 10.0));
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                Report();
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down: report what is left below.
        }

        Report();
    }

    private void Report()
    {
        var s = _summary.TakeAndReset();
        if (s.Requests > 0)
        {
            LogSummary(_logger, s.Requests, _interval.TotalSeconds, s.Success, s.ClientErrors, s.ServerErrors, s.CacheHits, s.MedianMilliseconds, s.P99Milliseconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Requests} requests in {IntervalSeconds} s: {Success} ok, {ClientErrors} 4xx, {ServerErrors} 5xx, {CacheHits} from cache, median {MedianMs} ms, p99 {P99Ms} ms")]
    private static partial void LogSummary(ILogger logger, long requests, double intervalSeconds, long success, long clientErrors, long serverErrors, long cacheHits, double medianMs, double p99Ms);
}
