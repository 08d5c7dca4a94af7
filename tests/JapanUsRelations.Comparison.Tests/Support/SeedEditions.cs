using JapanUsRelations.Comparison;
using JapanUsRelations.Ingestion;
using JapanUsRelations.Ingestion.Model;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Comparison.Tests.Support;

/// <summary>The repository's real seeds, parsed once, and their comparisons, computed once, for all tests.</summary>
public static class SeedEditions
{
    private static readonly Lazy<IReadOnlyList<Edition>> Parsed = new(() => IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).ParseSeeds(RepositoryRoot.Seeds));

    private static readonly ComparisonCache Cache = new();

    /// <summary>Every seed edition, as the default pipeline parses it.</summary>
    public static IReadOnlyList<Edition> All => Parsed.Value;

    /// <summary>One edition by id.</summary>
    public static Edition Edition(string id) => All.Single(e => e.Id == id);

    /// <summary>The comparison of two seed editions by id (older first).</summary>
    public static EditionComparison Compare(string olderId, string newerId) => Cache.Get(Edition(olderId), Edition(newerId));

    /// <summary>Every ordered pair of distinct seed editions (reference article included), as xunit data.</summary>
    public static TheoryData<string, string> OrderedPairs()
    {
        string[] ids = ["2016-03-11", "2018", "2024-11-05", "2026-02-05", "japan-united-states-relations"];
        var data = new TheoryData<string, string>();
        foreach (var a in ids)
        {
            foreach (var b in ids.Where(b => b != a))
            {
                data.Add(a, b);
            }
        }

        return data;
    }

    /// <summary>Every ordered pair of seed editions, each edition with itself included, as xunit data.</summary>
    public static TheoryData<string, string> OrderedPairsAndSelf()
    {
        var data = OrderedPairs();
        foreach (var id in All.Select(e => e.Id))
        {
            data.Add(id, id);
        }

        return data;
    }
}
