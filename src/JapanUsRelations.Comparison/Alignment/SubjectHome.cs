namespace JapanUsRelations.Comparison.Alignment;

/// <summary>
/// For a paragraph of an edition without headings, the other edition's section on the same subject: the section
/// whose topics and words the paragraph shares most (mean of the share of the paragraph's topic score on the
/// section's topics and word-bag Dice), when the topics overlap at all and the mean reaches <see cref="Threshold"/>.
/// </summary>
internal static class SubjectHome
{
    public const double Threshold = 0.25;

    /// <param name="block">A paragraph of the edition without headings.</param>
    /// <param name="other">The edition with headings.</param>
    /// <param name="paired">The section already paired with the paragraph's own (an overview of everything): left out, since the paragraph stays there anyway.</param>
    public static SectionInfo? Find(BlockInfo block, EditionSide other, SectionInfo? paired)
    {
        SectionInfo? best = null;
        double bestScore = Threshold;
        foreach (var section in other.Sections.Where(s => s != paired && s.Blocks.Count > 0 && s.Topics.Count > 0))
        {
            double total = block.Topics.Values.Sum();
            double shared = block.Topics.Where(t => section.Topics.Contains(t.Key)).Sum(t => t.Value);
            if (shared == 0 || total == 0)
            {
                continue;
            }

            double subject = shared / total;
            double score = (subject + block.Words.Dice(section.ContentBag)) / 2;
            if (score > bestScore)
            {
                best = section;
                bestScore = score;
            }
        }

        return best;
    }
}
