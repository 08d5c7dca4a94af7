using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Reading;

namespace JapanUsRelations.Ingestion;

/// <summary>What one ingestion produced, for the command line and the logs.</summary>
public sealed record IngestionSummary(int Editions, int Sections, int Paragraphs, int Tables, int Facts, TimeSpan Elapsed)
{
    /// <summary>Files in the seeds folder that were not ingested, with the reason for each.</summary>
    public IReadOnlyList<SkippedFile> Skipped { get; init; } = [];

    /// <summary>Counts the editions' contents.</summary>
    public static IngestionSummary Of(IReadOnlyList<Edition> editions, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(editions);
        var blocks = editions.SelectMany(e => e.AllBlocks()).ToList();
        return new IngestionSummary(
            editions.Count,
            editions.Sum(e => e.AllSections().Count()),
            blocks.Count(b => b.Block.Kind == BlockKind.Paragraph),
            blocks.Count(b => b.Block.Kind == BlockKind.Table),
            editions.Sum(e => e.Facts.Count),
            elapsed);
    }

    /// <summary>This summary's counts with <paramref name="other"/>'s added (elapsed and skipped files kept from this one).</summary>
    public IngestionSummary Plus(IngestionSummary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return this with
        {
            Editions = Editions + other.Editions,
            Sections = Sections + other.Sections,
            Paragraphs = Paragraphs + other.Paragraphs,
            Tables = Tables + other.Tables,
            Facts = Facts + other.Facts,
        };
    }
}
