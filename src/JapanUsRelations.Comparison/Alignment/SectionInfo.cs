using System.Diagnostics;
using JapanUsRelations.Comparison.Diffing;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Comparison.Alignment;

/// <summary>A section of one side, flattened (subsections are sections of their own), with its blocks' word bag.</summary>
internal sealed class SectionInfo
{
    /// <summary>
    /// A section; its heading bag is taken from <paramref name="earlierHeadings"/> (heading → bag) when an earlier
    /// section had the same heading (its content bag, see <see cref="ReuseContentFrom"/>).
    /// </summary>
    public SectionInfo(Section section, int index, EditionSide side, IReadOnlyDictionary<string, WordBag>? earlierHeadings = null)
    {
        _side = side;
        Section = section;
        Index = index;
        HeadingBag = section.Heading is null ? null : earlierHeadings?.GetValueOrDefault(section.Heading) ?? new WordBag(section.Heading);
    }

    public Section Section { get; }

    /// <summary>0-based position among all sections of the side, in reading order.</summary>
    public int Index { get; }

    /// <summary>The section's own blocks' text, joined by spaces: what <see cref="ContentBag"/> counts.</summary>
    public string ContentText => string.Join(" ", Blocks.Select(b => b.Block.Text));

    /// <summary>
    /// The words of <see cref="ContentText"/>: the earlier section's bag when it had the same text; else the sum of the
    /// blocks' own bags (each counted once along a chain), which is the joined text's bag whenever no word can span a
    /// join: only a date can ("May" + " " + "2026"), so a section in which a block after the first starts with a digit
    /// has its joined text counted instead.
    /// </summary>
    public WordBag ContentBag => _contentBag ??= _earlierContent ?? (MaySpanJoin ? new WordBag(ContentText) : WordBag.Sum(Blocks.ConvertAll(b => b.Words)));

    /// <summary>How many words <see cref="ContentBag"/> counts; the blocks' word counts summed when no word can span a join, without building the bag.</summary>
    public int ContentWords => _contentWords ??= _contentBag?.Count ?? _earlierContent?.Count ?? (MaySpanJoin ? ContentBag.Count : Blocks.Sum(b => b.Tokenized.Words));

    private int? _contentWords;

    /// <summary>True when a block after the first starts with a digit: a date may then span a join ("May" + " " + "2026").</summary>
    private bool MaySpanJoin => Blocks.Skip(1).Any(b => b.Block.Text.Length > 0 && char.IsDigit(b.Block.Text[0]));

    private WordBag? _earlierContent;
    private WordBag? _contentBag;

    public WordBag? HeadingBag { get; }

    /// <summary>
    /// Takes the content bag of <paramref name="earlier"/> (a section of the previous edition of a chain whose blocks
    /// are this section's blocks' earlier twins, one for one and in order, so its joined text is this one's): the bag
    /// depends on the text alone. Takes the bag, not the section, so no section keeps an older edition alive.
    /// </summary>
    public void ReuseContentFrom(SectionInfo earlier)
    {
        // The caller found the twin through its blocks' texts (each block's earlier block of the same text), so only
        // the count is checked here: comparing the texts again would read every unchanged section on the hot path.
        if (earlier.Blocks.Count != Blocks.Count)
        {
            throw new ArgumentException("Only a section of as many blocks, each of the same text, has the same content bag.", nameof(earlier));
        }

        Debug.Assert(Blocks.Select(b => b.Block.Text).SequenceEqual(earlier.Blocks.Select(b => b.Block.Text), StringComparer.Ordinal), "a twin has the same blocks' text");

        _earlierContent = earlier.ContentBag;
    }

    /// <summary>The topics of the section's own blocks (from the topics stage; empty when it did not run), gathered when first asked.</summary>
    public IReadOnlySet<string> Topics => _topics ??= Blocks.SelectMany(b => _side.TopicsOf(b.Block.Anchor).Keys).ToHashSet(StringComparer.Ordinal);

    private readonly EditionSide _side;
    private HashSet<string>? _topics;

    public List<BlockInfo> Blocks { get; } = [];

    public SectionSide Side => new(Section.Slug, Section.Heading, Section.Level);
}
