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
}
