namespace JapanUsRelations.Web.Infrastructure.Logging;

/// <summary>
/// Counts of the requests since the last report, updated lock-free on the request path: totals by status class,
/// cache hits and a latency histogram (buckets a quarter power of two apart, from 1 µs) for the median and p99.
/// </summary>
public sealed class RequestSummary
{
    private const int Buckets = 112;
    private long[] _latency = new long[Buckets];
    private long _requests;
    private long _success;
    private long _clientErrors;
    private long _serverErrors;
    private long _cacheHits;

    /// <summary>Records one finished request.</summary>
    public void Record(int statusCode, double elapsedMilliseconds, bool cacheHit)
    {
        Interlocked.Increment(ref _requests);
        Interlocked.Increment(ref statusCode >= 500 ? ref _serverErrors : ref statusCode >= 400 ? ref _clientErrors : ref _success);
        if (cacheHit)
        {
            Interlocked.Increment(ref _cacheHits);
        }

        Interlocked.Increment(ref Volatile.Read(ref _latency)[Bucket(elapsedMilliseconds)]);
    }

    /// <summary>Takes the counts so far and starts again from zero.</summary>
    public RequestSummarySnapshot TakeAndReset()
    {
        var latency = Interlocked.Exchange(ref _latency, new long[Buckets]);
        return new RequestSummarySnapshot(
            Interlocked.Exchange(ref _requests, 0),
            Interlocked.Exchange(ref _success, 0),
            Interlocked.Exchange(ref _clientErrors, 0),
            Interlocked.Exchange(ref _serverErrors, 0),
            Interlocked.Exchange(ref _cacheHits, 0),
            Percentile(latency, 0.5),
            Percentile(latency, 0.99));
    }

    private static int Bucket(double milliseconds)
    {
        double micros = Math.Max(1, milliseconds * 1000);
        return Math.Min(Buckets - 1, (int)(Math.Log2(micros) * 4));
    }

    private static double Percentile(long[] latency, double fraction)
    {
        long total = latency.Sum();
        if (total == 0)
        {
            return 0;
        }

        long wanted = (long)Math.Ceiling(total * fraction), seen = 0;
        for (int i = 0; i < latency.Length; i++)
        {
            seen += latency[i];
            if (seen >= wanted)
            {
                return Math.Round(Math.Pow(2, (i + 1) / 4.0) / 1000, 3);
            }
        }

        return Math.Round(Math.Pow(2, latency.Length / 4.0) / 1000, 3);
    }
}
