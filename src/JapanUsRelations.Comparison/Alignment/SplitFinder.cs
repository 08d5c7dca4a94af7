using JapanUsRelations.Comparison.Diffing;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Comparison.Alignment;

/// <summary>
/// Finds one paragraph that became two neighbouring ones (split) or two neighbours that became one (merged): the
/// one paragraph must match the two joined at the split threshold, and better than either alone by the split gain.
/// The joined text carries a paragraph separator, which becomes a Break operation.
/// </summary>
internal static class SplitFinder
{
    private const char Separator = '\u2029';

    public static void Find(EditionSide older, EditionSide newer, SimilarityCache cache, EntryBook book, ComparisonOptions options)
    {
        foreach (var section in newer.Sections)
        {
            foreach (var (a, b) in Neighbours(section))
            {
                TryJoin(older.Blocks, a, b, oneIsOlder: true, cache, book, options);
            }
        }

        foreach (var section in older.Sections)
        {
            foreach (var (a, b) in Neighbours(section))
            {
                TryJoin(newer.Blocks, a, b, oneIsOlder: false, cache, book, options);
            }
        }
    }

    private static IEnumerable<(BlockInfo, BlockInfo)> Neighbours(SectionInfo section) =>
        section.Blocks.Zip(section.Blocks.Skip(1)).Where(p => p.First.Block.Kind == BlockKind.Paragraph && p.Second.Block.Kind == BlockKind.Paragraph);

    private static void TryJoin(List<BlockInfo> ones, BlockInfo a, BlockInfo b, bool oneIsOlder, SimilarityCache cache, EntryBook book, ComparisonOptions options)
    {
        AlignedEntry? Of(BlockInfo x) => oneIsOlder ? book.ForNewer(x) : book.ForOlder(x);
        AlignedEntry? OfOne(BlockInfo x) => oneIsOlder ? book.ForOlder(x) : book.ForNewer(x);
        double Sim(BlockInfo one, BlockInfo many) => oneIsOlder ? cache.Similarity(one, many, 0) : cache.Similarity(many, one, 0);

        var ea = Of(a);
        var eb = Of(b);
        if ((ea is not null && eb is not null) || (ea?.Kind is EntryKind.Split or EntryKind.Merged) || (eb?.Kind is EntryKind.Split or EntryKind.Merged))
        {
            return;
        }

        TokenizedText? joined = null;
        var joinedBag = a.Bag.Plus(b.Bag);
        (BlockInfo One, double Similarity)? best = null;
        foreach (var one in ones)
        {
            if (one.Block.Kind != BlockKind.Paragraph || one.Block.Text.Contains(Separator, StringComparison.Ordinal))
            {
                continue;
            }

            var existing = OfOne(one);
            if ((existing is not null && existing != ea && existing != eb) || one.Bag.UpperBound(joinedBag) < options.SplitThreshold)
            {
                continue;
            }

            // Score only: the joined text is cut into tokens once for every candidate, and only the winner's readable diff is built.
            joined ??= new TokenizedText(a.Block.Text + Separator + b.Block.Text);
            double similarity = oneIsOlder ? WordDiff.Score(one.Tokenized, joined) : WordDiff.Score(joined, one.Tokenized);
            double single = Math.Max(Sim(one, a), Sim(one, b));
            if (similarity >= options.SplitThreshold && similarity >= single + options.SplitGain && similarity > (best?.Similarity ?? 0))
            {
                best = (one, similarity);
            }
        }

        if (best is { } found)
        {
            book.Remove(ea);
            book.Remove(eb);
            book.Remove(OfOne(found.One));
            var readable = oneIsOlder
                ? WordDiff.Readable(found.One.Block.Text, a.Block.Text + Separator + b.Block.Text, found.Similarity)
                : WordDiff.Readable(a.Block.Text + Separator + b.Block.Text, found.One.Block.Text, found.Similarity);
            var diff = new WordDiffResult(WithBreaks(readable.Operations, oneIsOlder ? ComparisonSide.Newer : ComparisonSide.Older), found.Similarity);
            book.Add(oneIsOlder
                ? new AlignedEntry([found.One], [a, b], EntryKind.Split, diff)
                : new AlignedEntry([a, b], [found.One], EntryKind.Merged, diff));
        }
    }

    private static List<WordOperation> WithBreaks(IReadOnlyList<WordOperation> ops, ComparisonSide side)
    {
        var result = new List<WordOperation>(ops.Count + 2);
        foreach (var op in ops)
        {
            int at = op.Kind is WordOperationKind.Insert or WordOperationKind.Delete ? op.Text.IndexOf(Separator, StringComparison.Ordinal) : -1;
            if (at < 0)
            {
                result.Add(op);
                continue;
            }

            if (at > 0)
            {
                result.Add(op with { Text = op.Text[..at] });
            }

            result.Add(new WordOperation(WordOperationKind.Break, "", false, side));
            if (at + 1 < op.Text.Length)
            {
                result.Add(op with { Text = op.Text[(at + 1)..] });
            }
        }

        return result;
    }
}
