namespace JapanUsRelations.Web.Infrastructure.Logging;

/// <summary>The requests of one reporting interval.</summary>
/// <param name="Requests">All requests.</param>
/// <param name="Success">Status below 400.</param>
/// <param name="ClientErrors">Status 400–499.</param>
/// <param name="ServerErrors">Status 500 and above.</param>
/// <param name="CacheHits">Responses written from the rendered-response cache.</param>
/// <param name="MedianMilliseconds">Median time in the app (upper bound of its histogram bucket).</param>
/// <param name="P99Milliseconds">99th percentile time in the app (upper bound of its bucket).</param>
public sealed record RequestSummarySnapshot(long Requests, long Success, long ClientErrors, long ServerErrors, long CacheHits, double MedianMilliseconds, double P99Milliseconds);
