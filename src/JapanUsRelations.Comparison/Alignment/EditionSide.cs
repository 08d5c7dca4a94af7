using JapanUsRelations.Comparison.Diffing;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Comparison.Alignment;

/// <summary>One edition prepared for alignment: its sections and blocks in reading order.</summary>
internal sealed class EditionSide
{
    public EditionSide(Edition edition)
        : this(edition, null)
    {
    }

    /// <summary>
    /// The edition prepared reusing what <paramref name="previous"/> (the side of the edition before it in a chain)
    /// computed for texts the two share: a block's tokens and bags, a section's content bag. They depend on the
    /// text alone, so the side is the one <see cref="EditionSide(Edition)"/> prepares.
    /// </summary>
    public EditionSide(Edition edition, EditionSide? previous)
    {
        int s = 0, b = 0;
        var earlierBlocks = new Dictionary<string, BlockInfo>(StringComparer.Ordinal);
        var earlierSections = new Dictionary<string, WordBag>(StringComparer.Ordinal);
        foreach (var block in previous?.Blocks ?? [])
        {
            earlierBlocks.TryAdd(block.Block.Text, block);
        }

        foreach (var section in previous?.Sections ?? [])
        {
            earlierSections.TryAdd(section.ContentText, section.ContentBag);
        }

        var byAnchor = edition.Topics.GroupBy(t => t.BlockAnchor, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, double>)g.GroupBy(t => t.Topic, StringComparer.Ordinal).ToDictionary(t => t.Key, t => t.Max(x => x.Score), StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var section in edition.AllSections())
        {
            var anchors = section.Blocks.Select(x => x.Anchor).ToHashSet(StringComparer.Ordinal);
            var topics = edition.Topics.Where(t => anchors.Contains(t.BlockAnchor)).Select(t => t.Topic).ToHashSet(StringComparer.Ordinal);
            var info = new SectionInfo(section, s++, topics, earlierSections);
            foreach (var block in section.Blocks)
            {
                var blockInfo = new BlockInfo(block, info, b++, byAnchor.GetValueOrDefault(block.Anchor) ?? new Dictionary<string, double>());
                if (earlierBlocks.TryGetValue(block.Text, out var earlier))
                {
                    blockInfo.ReuseFrom(earlier);
                }

                info.Blocks.Add(blockInfo);
                Blocks.Add(blockInfo);
            }

            Sections.Add(info);
        }
    }

    public List<SectionInfo> Sections { get; } = [];

    /// <summary>True when no section has a heading (the 2018 summary: one untitled run of paragraphs).</summary>
    public bool IsUnstructured => Sections.All(s => s.Section.Heading is null);

    public List<BlockInfo> Blocks { get; } = [];
}
