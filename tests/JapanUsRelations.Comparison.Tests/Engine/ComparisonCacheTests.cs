using JapanUsRelations.Comparison.Tests.Support;

namespace JapanUsRelations.Comparison.Tests.Engine;

public class ComparisonCacheTests
{
    [Fact]
    public async Task Concurrent_requests_for_one_pair_get_the_one_comparison_computed_once()
    {
        var cache = new ComparisonCache();
        var a = new EditionBuilder("a").Section("Trade", "Japan was the sixth-largest trading partner.").Build();
        var b = new EditionBuilder("b").Section("Trade", "Japan was the fifth-largest trading partner.").Build();

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => cache.Get(a, b))));

        results.Should().OnlyContain(r => ReferenceEquals(r, results[0]));
        cache.Count.Should().Be(1);
        cache.Get(b, a).Should().NotBeSameAs(results[0], "the reverse order is another comparison");
        cache.Count.Should().Be(2);
    }

    [Fact]
    public void A_re_ingested_edition_with_new_text_is_compared_afresh()
    {
        var cache = new ComparisonCache();
        var a = new EditionBuilder("a").Section("Trade", "Old words here.").Build();
        var b = new EditionBuilder("b").Section("Trade", "Old words here.").Build();
        var first = cache.Get(a, b);

        var changed = new EditionBuilder("b").Section("Trade", "New words there.").Build() with { SourceSha256 = "other" };

        cache.Get(a, changed).Should().NotBeSameAs(first);
        cache.Get(a, changed).Summary.IsEmpty.Should().BeFalse();
    }

    [Fact]
    public void The_least_recently_used_comparison_is_dropped_past_the_capacity()
    {
        var cache = new ComparisonCache(capacity: 2);
        var a = new EditionBuilder("a").Section("Trade", "Japan was the sixth-largest trading partner.").Build();
        var b = new EditionBuilder("b").Section("Trade", "Japan was the fifth-largest trading partner.").Build();
        var c = new EditionBuilder("c").Section("Trade", "Japan was the fourth-largest trading partner.").Build();
        var ab = cache.Get(a, b);
        var bc = cache.Get(b, c);
        cache.Get(a, b).Should().BeSameAs(ab, "a → b was used again, so b → c is now the least recent");

        cache.Get(a, c);

        cache.Count.Should().Be(2);
        cache.Get(a, b).Should().BeSameAs(ab);
        cache.Get(b, c).Should().NotBeSameAs(bc, "b → c was dropped and computed again");
        cache.Computed.Should().Be(4);
    }

    [Fact]
    public void A_stored_comparison_is_used_instead_of_computing_and_pairs_are_keyed_by_the_edition_objects()
    {
        var a = new EditionBuilder("a").Section("Trade", "Old words here.").Build();
        var b = new EditionBuilder("b").Section("Trade", "New words there.").Build();
        var stored = EditionComparer.Compare(a, b);
        var cache = new ComparisonCache(stored: (older, newer) => ReferenceEquals(older, a) && ReferenceEquals(newer, b) ? stored : null);

        cache.Get(a, b).Should().BeSameAs(stored);
        cache.Computed.Should().Be(0);
        var sameTextOtherObject = a with { };
        cache.Get(sameTextOtherObject, b).Should().NotBeSameAs(stored, "another snapshot's edition is another key");
        cache.Computed.Should().Be(1);
    }
}
