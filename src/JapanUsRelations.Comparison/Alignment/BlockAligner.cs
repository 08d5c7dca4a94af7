using JapanUsRelations.Comparison.Diffing;

namespace JapanUsRelations.Comparison.Alignment;

/// <summary>
/// Aligns every block of two editions, in four passes: (1) in place, within paired sections, in order; (2) moves,
/// anywhere, at a stricter threshold; (3) splits and merges of neighbouring paragraphs; (4) what is left is added or
/// removed. Every block ends up in exactly one entry.
/// </summary>
internal static class BlockAligner
{
    public static List<AlignedEntry> Align(EditionSide older, EditionSide newer, IReadOnlyList<SectionPair> sections, ComparisonOptions options)
    {
        var cache = new SimilarityCache();
        var book = new EntryBook();
        foreach (var pair in sections)
        {
            foreach (var (o, n) in InPlaceAligner.Align(pair.Older.Blocks, pair.Newer.Blocks, cache, options.ChangeThreshold))
            {
                book.Add(new AlignedEntry([o], [n], EntryKind.InPlace, cache.Full(o, n)));
            }
        }

        FindMoves(older, newer, cache, book, options.MoveThreshold);
        SplitFinder.Find(older, newer, cache, book, options);
        foreach (var o in older.Blocks.Where(b => book.ForOlder(b) is null))
        {
            book.Add(new AlignedEntry([o], [], EntryKind.Removed, new WordDiffResult([new WordOperation(WordOperationKind.Delete, o.Block.Text)], 0)));
        }

        foreach (var n in newer.Blocks.Where(b => book.ForNewer(b) is null))
        {
            book.Add(new AlignedEntry([], [n], EntryKind.Added, new WordDiffResult([new WordOperation(WordOperationKind.Insert, n.Block.Text)], 0)));
        }

        return book.All.ToList();
    }

    private static void FindMoves(EditionSide older, EditionSide newer, SimilarityCache cache, EntryBook book, double threshold)
    {
        var candidates = new List<(BlockInfo O, BlockInfo N, double S)>();
        foreach (var o in older.Blocks.Where(b => book.ForOlder(b) is null))
        {
            foreach (var n in newer.Blocks.Where(b => book.ForNewer(b) is null))
            {
                double s = cache.Similarity(o, n, threshold);
                if (s >= threshold)
                {
                    candidates.Add((o, n, s));
                }
            }
        }

        foreach (var (o, n, _) in candidates.OrderByDescending(c => c.S).ThenBy(c => c.N.Index))
        {
            if (book.ForOlder(o) is null && book.ForNewer(n) is null)
            {
                book.Add(new AlignedEntry([o], [n], EntryKind.Moved, cache.Full(o, n)));
            }
        }
    }
}
