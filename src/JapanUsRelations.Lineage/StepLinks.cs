using JapanUsRelations.Comparison;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Lineage;

/// <summary>
/// The links one comparison yields: every aligned block pair as a passage link (unchanged → same, changed →
/// reworded, moved, split, merged, with the share of words kept), every paired section as a section link, and the
/// sentences of every linked paragraph pair whose text differs. Added and removed blocks yield no link: new and
/// removed are the absence of one.
/// </summary>
internal static class StepLinks
{
    /// <summary>The links of <paramref name="comparison"/>, as row ids of the two editions' blocks and sections.</summary>
    public static (List<PassageLinkRow> Passages, List<SectionLinkRow> Sections, List<SentenceLinkRow> Sentences) Of(
        EditionComparison comparison, WrittenStep step)
    {
        var passages = new List<PassageLinkRow>();
        var sections = new List<SectionLinkRow>();
        var sentences = new List<SentenceLinkRow>();
        foreach (var section in comparison.Sections)
        {
            if (section.Older is { } olderSection && section.Newer is { } newerSection
                && step.OlderSections.TryGetValue(olderSection.Slug, out long olderSectionId) && step.NewerSections.TryGetValue(newerSection.Slug, out long newerSectionId))
            {
                sections.Add(new SectionLinkRow(olderSectionId, newerSectionId, section.Status.ToString().ToLowerInvariant(), section.Similarity));
            }

            foreach (var block in section.Blocks)
            {
                string? relation = block.Status switch
                {
                    BlockStatus.Unchanged => "same",
                    BlockStatus.Changed => "reworded",
                    BlockStatus.Moved => "moved",
                    BlockStatus.Split => "split",
                    BlockStatus.Merged => "merged",
                    _ => null,
                };
                if (relation is null)
                {
                    continue;
                }

                double share = block.Status == BlockStatus.Unchanged ? 1.0 : Math.Clamp(block.KeptShare, 0, 1);
                foreach (var older in block.Older)
                {
                    foreach (var newer in block.Newer)
                    {
                        var olderBlock = step.Older.Blocks[older.Anchor];
                        var newerBlock = step.Newer.Blocks[newer.Anchor];
                        long olderId = step.Older.Written.BlockIds[older.Anchor];
                        long newerId = step.Newer.Written.BlockIds[newer.Anchor];
                        passages.Add(new PassageLinkRow(olderId, newerId, relation, share));
                        if (olderBlock.Kind == BlockKind.Paragraph && newerBlock.Kind == BlockKind.Paragraph
                            && !string.Equals(olderBlock.Text, newerBlock.Text, StringComparison.Ordinal))
                        {
                            sentences.AddRange(SentencePairer.Pair(olderBlock.Text, newerBlock.Text).Select(p =>
                                new SentenceLinkRow(olderId, p.Older, newerId, p.Newer, p.Reworded ? "reworded" : "same", p.Share)));
                        }
                    }
                }
            }
        }

        return (passages, sections, sentences);
    }
}
