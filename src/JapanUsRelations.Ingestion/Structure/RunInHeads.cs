using System.Text.RegularExpressions;
using JapanUsRelations.Ingestion.Blocks;
using JapanUsRelations.Ingestion.Classification;

namespace JapanUsRelations.Ingestion.Structure;

/// <summary>
/// Stage 5b, Structure: run-in heads that start a paragraph ("**China and Taiwan.**", "China.", "Base presence and
/// local impact:") become subsections holding that paragraph (head removed) and the paragraphs that follow it.
/// Bold heads count alone; plain heads ("China." / "X:") only where at least two paragraphs in a row open with the
/// same kind, so that an ordinary sentence is never mistaken for a head.
/// </summary>
internal static class RunInHeads
{
    public static void Apply(SectionNode node, List<Model.Repair> repairs)
    {
        foreach (var child in node.Children)
        {
            Apply(child, repairs);
        }

        var heads = node.Items.Select(Detect).ToList();
        ConfirmPlainHeads(node.Items, heads);
        int first = heads.FindIndex(h => h is not null);
        if (first < 0)
        {
            return;
        }

        var kept = node.Items.Take(first).ToList();
        var runIns = new List<SectionNode>();
        for (int i = first; i < node.Items.Count; i++)
        {
            var item = node.Items[i];
            if (heads[i] is { } match)
            {
                string head = match.Groups["head"].Value.Trim() + match.Groups["close"].Value;
                var rest = item with { Markup = item.Markup[match.Length..], Raw = item.Raw };
                var runIn = new SectionNode(head, node.RawLevel + 1, item.Raw.FirstLine, isRunIn: true);
                runIn.Items.Add(new ClassifiedBlock(BlockRole.Paragraph, new RawBlock(item.Raw.Lines, item.Raw.FirstLine), rest.Markup));
                runIns.Add(runIn);
                repairs.Add(new Model.Repair("run-in-head", $"Run-in head \"{Inline.InlineMarkup.ToText(head)}\" made a subsection.", item.Raw.FirstLine, item.Raw.FirstLine));
            }
            else
            {
                runIns[^1].Items.Add(item);
            }
        }

        node.Items.Clear();
        node.Items.AddRange(kept);
        var children = node.Children.Concat(runIns).OrderBy(c => c.SourceLine).ToList();
        node.Children.Clear();
        node.Children.AddRange(children);
    }

    private static Match? Detect(ClassifiedBlock block)
    {
        if (block.Role != BlockRole.Paragraph)
        {
            return null;
        }

        foreach (var pattern in new[] { LinePatterns.BoldRunInHead(), LinePatterns.PeriodRunInHead(), LinePatterns.ColonRunInHead() })
        {
            var match = pattern.Match(block.Markup);
            if (match.Success)
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>Drops plain (non-bold) heads that stand alone: a real run of heads has at least two in a row.</summary>
    private static void ConfirmPlainHeads(List<ClassifiedBlock> items, List<Match?> heads)
    {
        for (int i = 0; i < heads.Count; i++)
        {
            if (heads[i] is null || LinePatterns.StartsBold(items[i].Markup))
            {
                continue;
            }

            bool before = i > 0 && heads[i - 1] is not null;
            bool after = i + 1 < heads.Count && heads[i + 1] is not null;
            if (!before && !after)
            {
                heads[i] = null;
            }
        }
    }
}
