using System.Collections.Concurrent;
using System.Text.Json;
using JapanUsRelations.Comparison.Tests.Support;

namespace JapanUsRelations.Comparison.Tests.Engine;

/// <summary>Comparing a chain of pairs at once (editions prepared once, reused by the next pair) gives the comparisons one by one gives.</summary>
public class CompareEachTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public void Each_pair_of_a_chain_compares_as_it_does_alone(int workers)
    {
        string[] chain = ["2016-03-11", "2018", "2024-11-05", "2026-02-05", "japan-united-states-relations", "2024-11-05"];
        var pairs = chain.Zip(chain.Skip(1), (a, b) => (SeedEditions.Edition(a), SeedEditions.Edition(b))).ToList();
        var results = new ConcurrentDictionary<int, EditionComparison>();

        EditionComparer.CompareEach(pairs, (i, c) => results[i] = c, workers: workers);

        results.Keys.Order().Should().Equal(Enumerable.Range(0, pairs.Count));
        for (int i = 0; i < pairs.Count; i++)
        {
            JsonSerializer.Serialize(results[i]).Should().Be(JsonSerializer.Serialize(EditionComparer.Compare(pairs[i].Item1, pairs[i].Item2)), $"pair {i}");
        }
    }
}
