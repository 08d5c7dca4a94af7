using System.Text.Json;
using JapanUsRelations.Comparison;
using JapanUsRelations.Comparison.Storage;

namespace JapanUsRelations.Ingestion.Tests.Lineage;

/// <summary>Each edition's comparison with its predecessor is stored at ingestion and decodes to what the engine computes from the editions read back.</summary>
public class StoredComparisonTests(SeedLineage seeds) : IClassFixture<SeedLineage>
{
    [Fact]
    public void Every_step_stores_its_comparison_and_it_decodes_equal_to_a_fresh_one()
    {
        var steps = seeds.Store.Editions.Reports.Select(e => seeds.Store.Lineage.Step(e.Id)).OfType<Store.EditionStep>().ToList();
        steps.Select(s => (s.OlderId, s.NewerId)).Should().Equal(("2016-03-11", "2018"), ("2018", "2024-11-05"), ("2024-11-05", "2026-02-05"));
        foreach (var step in steps)
        {
            var older = seeds.Store.Editions.Find(step.OlderId)!;
            var newer = seeds.Store.Editions.Find(step.NewerId)!;
            var stored = seeds.Store.Lineage.Comparison(step.OlderId, step.NewerId)!;
            stored.Format.Should().Be(ComparisonCodec.Format);
            var decoded = ComparisonCodec.Decode(stored.Format, stored.Data)!;
            var fresh = EditionComparer.Compare(older, newer);
            JsonSerializer.Serialize(decoded).Should().Be(JsonSerializer.Serialize(fresh), $"{step.OlderId} → {step.NewerId}");
            step.ChangedShare.Should().Be(fresh.ChangedShare);
            step.NewerSha256.Should().Be(newer.SourceSha256);
        }

        seeds.Store.Lineage.Comparison("2016-03-11", "2026-02-05").Should().BeNull("only predecessor pairs are stored");
        ComparisonCodec.Decode("another-format", new byte[] { 1, 2, 3 }).Should().BeNull();
    }
}
