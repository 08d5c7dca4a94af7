namespace JapanUsRelations.Ingestion.Tests.Pipeline;

/// <summary>The streamed pass's worker: results in index order, a failure thrown at its own index, a bounded lookahead.</summary>
public class OrderedStreamTests
{
    [Fact]
    public void Results_come_in_index_order_whatever_order_they_finish_in()
    {
        // Even items take longer, so odd ones finish first.
        var results = OrderedStream.Of(40, i =>
        {
            Thread.Sleep(i % 2 == 0 ? 3 : 0);
            return $"item {i}";
        }, workers: 3, ahead: 6).ToList();

        results.Should().Equal(Enumerable.Range(0, 40).Select(i => $"item {i}"));
    }

    [Fact]
    public void A_failed_item_throws_when_the_reader_reaches_it_after_every_earlier_result()
    {
        var seen = new List<string>();
        var act = () =>
        {
            foreach (string result in OrderedStream.Of(20, i => i == 7 ? throw new InvalidOperationException("item 7 is bad") : $"item {i}", workers: 2, ahead: 4))
            {
                seen.Add(result);
            }
        };

        act.Should().Throw<InvalidOperationException>().WithMessage("item 7 is bad");
        seen.Should().Equal(Enumerable.Range(0, 7).Select(i => $"item {i}"));
    }

    [Fact]
    public void No_item_starts_more_than_ahead_items_beyond_the_one_the_reader_takes()
    {
        int reader = 0;
        int furthest = 0;
        foreach (string result in OrderedStream.Of(60, i =>
        {
            int lead = i - Volatile.Read(ref reader);
            InterlockedMax(ref furthest, lead);
            return $"item {i}";
        }, workers: 4, ahead: 5))
        {
            Thread.Sleep(1); // a slow reader: the workers would run away without the bound
            Interlocked.Increment(ref reader);
            result.Should().NotBeNull();
        }

        furthest.Should().BeLessThanOrEqualTo(5).And.BeGreaterThan(1, "the workers do run ahead of the reader");
    }

    [Fact]
    public void A_reader_that_stops_early_stops_the_workers()
    {
        int started = 0;
        var first = OrderedStream.Of(1000, i =>
        {
            Interlocked.Increment(ref started);
            return $"item {i}";
        }, workers: 2, ahead: 4).Take(3).ToList();

        first.Should().Equal("item 0", "item 1", "item 2");
        int after = Volatile.Read(ref started);
        Thread.Sleep(50);
        Volatile.Read(ref started).Should().Be(after, "no work starts once the reader has left").And.BeLessThanOrEqualTo(3 + 4 + 2);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
