using System.Text.Json;
using JapanUsRelations.Comparison.Tests.Support;

namespace JapanUsRelations.Comparison.Tests.Engine;

/// <summary>
/// The lineage stage keeps one <see cref="EditionChainComparer"/> per report chain while the reports' editions come
/// interleaved: each comparer's pairs compare as they do alone, whether a pair continues the comparer's chain (its
/// older edition the last pair's newer one, the prepared side reused) or not (a fresh side, tokens of shared texts
/// still taken from the last side).
/// </summary>
public class EditionChainComparerTests
{
    [Fact]
    public void Pairs_continuing_its_chain_compare_as_alone()
    {
        string[] chain = ["2016-03-11", "2018", "2024-11-05", "2026-02-05"];
        var comparer = new EditionChainComparer();
        comparer.Last.Should().BeNull();

        foreach (var (older, newer) in chain.Zip(chain.Skip(1), (a, b) => (SeedEditions.Edition(a), SeedEditions.Edition(b))))
        {
            var comparison = comparer.Compare(older, newer);

            comparer.Last.Should().BeSameAs(newer);
            JsonSerializer.Serialize(comparison).Should().Be(JsonSerializer.Serialize(EditionComparer.Compare(older, newer)), $"{older.Id} → {newer.Id}");
        }
    }

    [Fact]
    public void Pairs_breaking_its_chain_compare_as_alone()
    {
        // Each pair starts from an edition the last pair did not end with, including the reverse direction.
        (string Older, string Newer)[] pairs = [("2024-11-05", "2026-02-05"), ("2018", "2024-11-05"), ("2026-02-05", "2024-11-05"), ("2016-03-11", "2026-02-05")];
        var comparer = new EditionChainComparer();

        foreach (var (a, b) in pairs)
        {
            var (older, newer) = (SeedEditions.Edition(a), SeedEditions.Edition(b));
            JsonSerializer.Serialize(comparer.Compare(older, newer)).Should().Be(JsonSerializer.Serialize(EditionComparer.Compare(older, newer)), $"{a} → {b}");
        }
    }

    [Fact]
    public void Invalid_options_are_refused_at_construction()
    {
        var act = () => new EditionChainComparer(ComparisonOptions.Default with { SectionPairThreshold = 2 });

        act.Should().Throw<ArgumentException>();
    }
}
