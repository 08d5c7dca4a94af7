using JapanUsRelations.Comparison.Diffing;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Comparison.Alignment;

/// <summary>A section of one side, flattened (subsections are sections of their own), with its blocks' word bag.</summary>
internal sealed class SectionInfo
{
    /// <summary>
    /// A section; its content bag is taken from <paramref name="earlier"/> (text → bag) when a section of the same
    /// blocks' text had one, its heading bag from <paramref name="earlierHeadings"/> (heading → bag) likewise.
    /// </summary>
    public SectionInfo(Section section, int index, IReadOnlySet<string> topics, IReadOnlyDictionary<string, WordBag>? earlier = null, IReadOnlyDictionary<string, WordBag>? earlierHeadings = null)
    {
        Topics = topics;
        Section = section;
        Index = index;
        ContentText = string.Join(" ", section.Blocks.Select(b => b.Text));
        ContentBag = earlier?.GetValueOrDefault(ContentText) ?? new WordBag(ContentText);
        HeadingBag = section.Heading is null ? null : earlierHeadings?.GetValueOrDefault(section.Heading) ?? new WordBag(section.Heading);
    }

    public Section Section { get; }

    /// <summary>0-based position among all sections of the side, in reading order.</summary>
    public int Index { get; }

    /// <summary>The section's own blocks' text, joined by spaces: what <see cref="ContentBag"/> counts.</summary>
    public string ContentText { get; }

    public WordBag ContentBag { get; }

    public WordBag? HeadingBag { get; }

    /// <summary>The topics of the section's own blocks (from the topics stage; empty when it did not run).</summary>
    public IReadOnlySet<string> Topics { get; }

    public List<BlockInfo> Blocks { get; } = [];

    public SectionSide Side => new(Section.Slug, Section.Heading, Section.Level);
}
