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
    /// computed for texts the two share: a block's tokens and bags, a section's content and heading bags. They depend on the
    /// text alone, so the side is the one <see cref="EditionSide(Edition)"/> prepares.
    /// </summary>
    public EditionSide(Edition edition, EditionSide? previous)
    {
        int s = 0, b = 0;
        var earlierBlocks = new Dictionary<string, BlockInfo>(StringComparer.Ordinal);
        var earlierHeadings = new Dictionary<string, WordBag>(StringComparer.Ordinal);
        foreach (var block in previous?.Blocks ?? [])
        {
            earlierBlocks.TryAdd(block.Block.Text, block);
        }

        foreach (var section in previous?.Sections ?? [])
        {
            if (section.Section.Heading is { } heading && section.HeadingBag is { } headingBag)
            {
                earlierHeadings.TryAdd(heading, headingBag);
            }
        }

        // Topics are read only to pair sections left alone by subject and to place an unstructured edition's
        // paragraphs: gathered the first time a block or section is asked for them.
        _topicsByAnchor = new Lazy<Dictionary<string, IReadOnlyDictionary<string, double>>>(() => TopicsByAnchor(edition), LazyThreadSafetyMode.None);
        var earlierTwins = new List<BlockInfo?>();
        foreach (var section in edition.AllSections())
        {
            var info = new SectionInfo(section, s++, this, earlierHeadings);
            earlierTwins.Clear();
            foreach (var block in section.Blocks)
            {
                var blockInfo = new BlockInfo(block, info, b++, this);
                var earlier = earlierBlocks.GetValueOrDefault(block.Text);
                if (earlier is not null)
                {
                    blockInfo.ReuseFrom(earlier);
                }

                earlierTwins.Add(earlier);
                info.Blocks.Add(blockInfo);
                Blocks.Add(blockInfo);
            }

            if (EarlierTwin(earlierTwins) is { } twin)
            {
                info.ReuseContentFrom(twin);
            }

            Sections.Add(info);
        }
    }

    /// <summary>
    /// The earlier section whose blocks are exactly <paramref name="twins"/> (each block's earlier block of the same
    /// text), in order: a section unchanged since the previous edition. Null when there is none (a section of no
    /// blocks included: its bag is empty anyway).
    /// </summary>
    private static SectionInfo? EarlierTwin(List<BlockInfo?> twins)
    {
        if (twins.Count == 0 || twins[0] is not { } first || first.Section.Blocks.Count != twins.Count)
        {
            return null;
        }

        for (int k = 0; k < twins.Count; k++)
        {
            if (!ReferenceEquals(twins[k], first.Section.Blocks[k]))
            {
                return null;
            }
        }

        return first.Section;
    }

    public List<SectionInfo> Sections { get; } = [];

    /// <summary>True when no section has a heading (the 2018 summary: one untitled run of paragraphs).</summary>
    public bool IsUnstructured => Sections.All(s => s.Section.Heading is null);

    public List<BlockInfo> Blocks { get; } = [];

    private static readonly IReadOnlyDictionary<string, double> NoTopics = new Dictionary<string, double>();

    private readonly Lazy<Dictionary<string, IReadOnlyDictionary<string, double>>> _topicsByAnchor;

    /// <summary>The topics of the block at <paramref name="anchor"/> with their best scores (from the topics stage; none when it did not run).</summary>
    public IReadOnlyDictionary<string, double> TopicsOf(string anchor) => _topicsByAnchor.Value.GetValueOrDefault(anchor) ?? NoTopics;

    private static Dictionary<string, IReadOnlyDictionary<string, double>> TopicsByAnchor(Edition edition) =>
        edition.Topics.GroupBy(t => t.BlockAnchor, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, double>)g.GroupBy(t => t.Topic, StringComparer.Ordinal).ToDictionary(t => t.Key, t => t.Max(x => x.Score), StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>The slug of the section holding each block anchor (the first block of an anchor, in reading order).</summary>
    public IReadOnlyDictionary<string, string> SectionSlugs => _sectionSlugs ??= SlugsByAnchor(Blocks);

    private Dictionary<string, string>? _sectionSlugs;

    private static Dictionary<string, string> SlugsByAnchor(List<BlockInfo> blocks)
    {
        var slugs = new Dictionary<string, string>(blocks.Count, StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            slugs.TryAdd(block.Block.Anchor, block.Section.Section.Slug);
        }

        return slugs;
    }
}
