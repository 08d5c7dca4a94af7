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
        _earlierContent = earlier?.GetValueOrDefault(ContentText);
        HeadingBag = section.Heading is null ? null : earlierHeadings?.GetValueOrDefault(section.Heading) ?? new WordBag(section.Heading);
    }

    public Section Section { get; }

    /// <summary>0-based position among all sections of the side, in reading order.</summary>
    public int Index { get; }

    /// <summary>The section's own blocks' text, joined by spaces: what <see cref="ContentBag"/> counts.</summary>
    public string ContentText { get; }

    /// <summary>
    /// The words of <see cref="ContentText"/>: the earlier section's bag when it had the same text; else the sum of the
    /// blocks' own bags (each counted once along a chain), which is the joined text's bag whenever no word can span a
    /// join: only a date can ("May" + " " + "2026"), so a section in which a block after the first starts with a digit
    /// has its joined text counted instead.
    /// </summary>
    public WordBag ContentBag => _contentBag ??= _earlierContent ?? (MaySpanJoin ? new WordBag(ContentText) : WordBag.Sum(Blocks.Select(b => b.Words)));

    /// <summary>How many words <see cref="ContentBag"/> counts; the blocks' word counts summed when no word can span a join, without building the bag.</summary>
    public int ContentWords => _contentBag?.Count ?? _earlierContent?.Count ?? (MaySpanJoin ? ContentBag.Count : Blocks.Sum(b => b.Tokenized.Words));

    /// <summary>True when a block after the first starts with a digit: a date may then span a join ("May" + " " + "2026").</summary>
    private bool MaySpanJoin => Blocks.Skip(1).Any(b => b.Block.Text.Length > 0 && char.IsDigit(b.Block.Text[0]));

    private readonly WordBag? _earlierContent;
    private WordBag? _contentBag;

    public WordBag? HeadingBag { get; }

    /// <summary>The topics of the section's own blocks (from the topics stage; empty when it did not run).</summary>
    public IReadOnlySet<string> Topics { get; }

    public List<BlockInfo> Blocks { get; } = [];

    public SectionSide Side => new(Section.Slug, Section.Heading, Section.Level);
}
