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
            var info = new SectionInfo(section, s++);
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
