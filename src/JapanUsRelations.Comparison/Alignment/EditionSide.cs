using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Comparison.Alignment;

/// <summary>One edition prepared for alignment: its sections and blocks in reading order.</summary>
internal sealed class EditionSide
{
    public EditionSide(Edition edition)
    {
        int s = 0, b = 0;
        var byAnchor = edition.Topics.GroupBy(t => t.BlockAnchor, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, double>)g.GroupBy(t => t.Topic, StringComparer.Ordinal).ToDictionary(t => t.Key, t => t.Max(x => x.Score), StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var section in edition.AllSections())
        {
            var anchors = section.Blocks.Select(x => x.Anchor).ToHashSet(StringComparer.Ordinal);
            var topics = edition.Topics.Where(t => anchors.Contains(t.BlockAnchor)).Select(t => t.Topic).ToHashSet(StringComparer.Ordinal);
            var info = new SectionInfo(section, s++, topics);
            foreach (var block in section.Blocks)
            {
                var blockInfo = new BlockInfo(block, info, b++, byAnchor.GetValueOrDefault(block.Anchor) ?? new Dictionary<string, double>());
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
