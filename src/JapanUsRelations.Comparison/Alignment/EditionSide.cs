using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Comparison.Alignment;

/// <summary>One edition prepared for alignment: its sections and blocks in reading order.</summary>
internal sealed class EditionSide
{
    public EditionSide(Edition edition)
    {
        int s = 0, b = 0;
        foreach (var section in edition.AllSections())
        {
            var anchors = section.Blocks.Select(x => x.Anchor).ToHashSet(StringComparer.Ordinal);
            var topics = edition.Topics.Where(t => anchors.Contains(t.BlockAnchor)).Select(t => t.Topic).ToHashSet(StringComparer.Ordinal);
            var info = new SectionInfo(section, s++, topics);
            foreach (var block in section.Blocks)
            {
                var blockInfo = new BlockInfo(block, info, b++);
                info.Blocks.Add(blockInfo);
                Blocks.Add(blockInfo);
            }

            Sections.Add(info);
        }
    }

    public List<SectionInfo> Sections { get; } = [];

    public List<BlockInfo> Blocks { get; } = [];
}
