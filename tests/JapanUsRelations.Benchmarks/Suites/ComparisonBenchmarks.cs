using BenchmarkDotNet.Attributes;
using JapanUsRelations.Comparison;
using JapanUsRelations.Ingestion;
using JapanUsRelations.Ingestion.Model;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Benchmarks.Suites;

/// <summary>
/// Alignment and word diff: the whole 2024-11-05 → 2026-02-05 comparison (section pairing, paragraph alignment,
/// diffs), and the word diff of one aligned paragraph pair (the two editions' first Overview paragraph, each in an
/// edition of its own, so the comparison is that one diff).
/// </summary>
[MemoryDiagnoser]
public class ComparisonBenchmarks
{
    private Edition _older = null!;
    private Edition _newer = null!;
    private Edition _olderParagraph = null!;
    private Edition _newerParagraph = null!;

    [GlobalSetup]
    public void Setup()
    {
        var editions = IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).ParseSeeds(RepositoryPaths.Seeds());
        _older = editions.Single(e => e.Id == "2024-11-05");
        _newer = editions.Single(e => e.Id == "2026-02-05");
        _olderParagraph = FirstParagraphOnly(_older);
        _newerParagraph = FirstParagraphOnly(_newer);
    }

    [Benchmark(Description = "align + diff 2024-11-05 → 2026-02-05")]
    public EditionComparison Align() => EditionComparer.Compare(_older, _newer);

    [Benchmark(Description = "word diff of one paragraph pair (Overview ¶1)")]
    public EditionComparison WordDiff() => EditionComparer.Compare(_olderParagraph, _newerParagraph);

    private static Edition FirstParagraphOnly(Edition edition)
    {
        var section = edition.AllSections().First(s => s.Blocks.Any(b => b.Kind == BlockKind.Paragraph));
        var paragraph = section.Blocks.First(b => b.Kind == BlockKind.Paragraph);
        return edition with { Sections = [section with { Blocks = [paragraph], Children = [] }] };
    }
}
