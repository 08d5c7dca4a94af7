using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Enrichment.Topics;

/// <summary>
/// Assigns every body block of an edition its topics: <see cref="TermMatcher"/> → <see cref="TopicScorer"/> →
/// <see cref="TopicAssigner"/>. A paragraph or list is read as its text; a figure table as its caption, units,
/// column headings and source line (row labels such as "China" in a trade table name partners, not the subject).
/// </summary>
public sealed class TopicsEnricher : IEditionEnricher
{
    private readonly TopicScorer _scorer;
    private readonly TopicAssigner _assigner;

    /// <summary>Classifies with the repository's taxonomy.</summary>
    public TopicsEnricher()
        : this(TopicTaxonomy.Default)
    {
    }

    /// <summary>Classifies with <paramref name="taxonomy"/>.</summary>
    public TopicsEnricher(TopicTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        Taxonomy = taxonomy;
        _scorer = new TopicScorer(new TermMatcher(taxonomy));
        _assigner = new TopicAssigner(taxonomy);
    }

    /// <inheritdoc />
    public string Name => "topics";

    /// <summary>The taxonomy this stage assigns from.</summary>
    public TopicTaxonomy Taxonomy { get; }

    /// <inheritdoc />
    public Edition Enrich(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var assignments = new List<TopicAssignment>();
        foreach (var top in edition.Sections)
        {
            Classify(top, null, assignments);
        }

        return edition with { Topics = assignments };
    }

    /// <summary>The scores of one block in its section (for explaining and evaluating the classifier).</summary>
    public IReadOnlyList<TopicScore> Score(Block block, string? heading, string? parentHeading)
    {
        ArgumentNullException.ThrowIfNull(block);
        return _scorer.Score(TextOf(block), heading, parentHeading);
    }

    /// <summary>The text the classifier reads for a block.</summary>
    public static string TextOf(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (block.Table is not { } table)
        {
            return block.Text;
        }

        var parts = new List<string?> { table.Caption, table.Units, table.SourceNote };
        parts.AddRange(table.Cells.Where(c => c.IsHeader).Select(c => c.Text));
        return string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    private void Classify(Section section, string? parentHeading, List<TopicAssignment> assignments)
    {
        foreach (var block in section.Blocks)
        {
            assignments.AddRange(_assigner.Assign(block.Anchor, Score(block, section.Heading, parentHeading)));
        }

        foreach (var child in section.Children)
        {
            Classify(child, section.Heading, assignments);
        }
    }
}
