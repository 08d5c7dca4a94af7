using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Store;

/// <summary>
/// What an edition holds beyond its catalog row, read by <see cref="EditionContentReader"/> on first use: the section
/// tree with its blocks, the notes and repairs, the facts and the passages' topics.
/// </summary>
/// <param name="Sections">Top-level sections, in order.</param>
/// <param name="Notes">Disclaimers, navigation notes, further reading.</param>
/// <param name="Repairs">Structure repairs the parser made.</param>
/// <param name="Facts">The facts, in reading order (empty before migration 003).</param>
/// <param name="Topics">The blocks' topics, in reading order then rank (empty before migration 004).</param>
internal sealed record EditionContent(
    IReadOnlyList<Section> Sections,
    IReadOnlyList<EditionNote> Notes,
    IReadOnlyList<Ingestion.Model.Repair> Repairs,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<TopicAssignment> Topics)
{
    private Dictionary<string, (Section Section, Block Block)>? _blocks;

    /// <summary>Every block by anchor, with the section holding it.</summary>
    public IReadOnlyDictionary<string, (Section Section, Block Block)> Blocks => _blocks ??= Sections
        .SelectMany(s => s.SelfAndDescendants())
        .SelectMany(s => s.Blocks.Select(b => (s, b)))
        .ToDictionary(x => x.b.Anchor, x => (x.s, x.b), StringComparer.Ordinal);

    /// <summary>Rough memory the content holds, in characters of text (what the cache's bound counts).</summary>
    public long Size { get; init; }
}
