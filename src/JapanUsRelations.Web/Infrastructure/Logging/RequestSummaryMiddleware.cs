using System.Diagnostics;
using JapanUsRelations.Web.Infrastructure.Caching;

namespace JapanUsRelations.Web.Infrastructure.Logging;

/// <summary>
/// Request logging off the hot path: every request is counted into <see cref="RequestSummary"/> (reported every few
/// seconds by <see cref="RequestSummaryReporter"/>); only server errors and slow requests get a log line of their own.
/// </summary>
public sealed partial class RequestSummaryMiddleware
{
    private readonly RequestDelegate _next;
    private readonly RequestSummary _summary;
    private readonly ILogger<RequestSummaryMiddleware> _logger;
    private readonly double _slowMilliseconds;

    /// <summary>Creates the middleware.</summary>
    public RequestSummaryMiddleware(RequestDelegate next, RequestSummary summary, ILogger<RequestSummaryMiddleware> logger, IConfiguration configuration)
    {
        _next = next ?? throw new ArgumentNullException(nameof(next));
        _summary = summary ?? throw new ArgumentNullException(nameof(summary));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _slowMilliseconds = configuration?.GetValue("Editions:RequestLog:SlowMilliseconds", 1000.0) ?? 1000.0;
    }

    /// <summary>Times the request and records it.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        long start = Stopwatch.GetTimestamp();
        try
        {
            await _next(context).ConfigureAwait(false);
        }
        finally
        {
            double elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            int status = context.Response.StatusCode;
            bool hit = string.Equals(context.Response.Headers[RenderedResponseCache.CacheHeader], "hit", StringComparison.Ordinal);
            _summary.Record(status, elapsed, hit);
            if (status >= 500 || elapsed >= _slowMilliseconds)
            {
                LogRequest(_logger, context.Request.Method, context.Request.Path.Value ?? "", status, Math.Round(elapsed, 1));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {ElapsedMs} ms")]
    private static partial void LogRequest(ILogger logger, string requestMethod, string requestPath, int statusCode, double elapsedMs);
}
