using JapanUsRelations.Web.Infrastructure.Logging;

namespace JapanUsRelations.Web.Tests.Logging;

/// <summary>The sampled request log's counts and percentiles.</summary>
public class RequestSummaryTests
{
    [Fact]
    public void Counts_by_status_class_and_cache_hits_then_starts_again_from_zero()
    {
        var summary = new RequestSummary();
        summary.Record(200, 1.0, cacheHit: true);
        summary.Record(304, 0.2, cacheHit: true);
        summary.Record(404, 3.0, cacheHit: false);
        summary.Record(500, 40.0, cacheHit: false);
        var s = summary.TakeAndReset();
        (s.Requests, s.Success, s.ClientErrors, s.ServerErrors, s.CacheHits).Should().Be((4L, 2L, 1L, 1L, 2L));
        summary.TakeAndReset().Requests.Should().Be(0);
    }

    [Fact]
    public void Median_and_p99_are_the_upper_bounds_of_their_buckets_within_a_fifth()
    {
        var summary = new RequestSummary();
        for (int i = 0; i < 98; i++)
        {
            summary.Record(200, 2.0, cacheHit: false);
        }

        summary.Record(200, 100.0, cacheHit: false);
        summary.Record(200, 100.0, cacheHit: false);
        var s = summary.TakeAndReset();
        s.MedianMilliseconds.Should().BeInRange(2.0, 2.0 * 1.19);
        s.P99Milliseconds.Should().BeInRange(100.0, 100.0 * 1.19);
    }

    [Fact]
    public void Counting_from_many_threads_loses_nothing()
    {
        var summary = new RequestSummary();
        Parallel.For(0, 10_000, i => summary.Record(i % 10 == 0 ? 404 : 200, i % 50, cacheHit: i % 2 == 0));
        var s = summary.TakeAndReset();
        (s.Requests, s.ClientErrors, s.CacheHits).Should().Be((10_000L, 1_000L, 5_000L));
    }
}
