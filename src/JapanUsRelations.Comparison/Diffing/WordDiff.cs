using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex;

namespace JapanUsRelations.Comparison.Diffing;

/// <summary>
/// Word-level diff of two texts, sentences first: when both texts hold several sentences they are aligned sentence by
/// sentence (<see cref="SentenceAligner"/>) and only aligned sentences are diffed word by word, so a rewritten
/// paragraph reads as whole sentences removed and added rather than confetti. Words are compared with DiffPlex over
/// typography-normalised tokens; tokens equal once normalised but different as written come out as a Delete/Insert
/// pair flagged typography-only, so both texts can be rebuilt.
/// </summary>
internal static class WordDiff
{
    private const int RefineWords = 4;
    private const double RefineSimilarity = 0.5;

    /// <summary>
    /// The whole-text word diff, used to score how alike two blocks are (the share of characters kept); its
    /// operations are word by word over the whole text.
    /// </summary>
    public static WordDiffResult Diff(string older, string newer) => Diff(new TokenizedText(older), new TokenizedText(newer));

    /// <summary>As <see cref="Diff(string, string)"/>, on texts already cut into tokens.</summary>
    public static WordDiffResult Diff(TokenizedText older, TokenizedText newer)
    {
        var ops = new OperationList();
        long kept = TokenDiff(ops, older, newer);
        return new WordDiffResult(ChangeCleanup.Fold(ops.ToList()), Similarity(kept, older, newer));
    }

    /// <summary>
    /// The similarity <see cref="Diff(TokenizedText, TokenizedText)"/> gives, without building its operations: the
    /// same token diff, only the weight of what it keeps summed (what the alignment's tables and the split search read).
    /// </summary>
    public static double Score(TokenizedText older, TokenizedText newer) => Similarity(TokenDiff(null, older, newer), older, newer);

    private static double Similarity(long kept, TokenizedText older, TokenizedText newer)
    {
        long total = older.Weight + newer.Weight;
        return total == 0 ? 1.0 : 2.0 * kept / total;
    }

    /// <summary>
    /// The diff a reader reads, sentences first (see the type's summary), carrying the alignment's
    /// <paramref name="similarity"/> unchanged.
    /// </summary>
    public static WordDiffResult Readable(string older, string newer, double similarity)
    {
        var a = SentenceAligner.Pieces(older);
        var b = SentenceAligner.Pieces(newer);
        if (a.Count <= 1 || b.Count <= 1)
        {
            return Diff(older, newer) with { Similarity = similarity };
        }

        return Readable(a, b, similarity);
    }

    /// <summary>As <see cref="Readable(string, string, double)"/>, on texts already cut into tokens (used when a text is one sentence).</summary>
    public static WordDiffResult Readable(TokenizedText older, TokenizedText newer, double similarity)
    {
        var a = SentenceAligner.Pieces(older.Text);
        var b = SentenceAligner.Pieces(newer.Text);
        if (a.Count <= 1 || b.Count <= 1)
        {
            return Diff(older, newer) with { Similarity = similarity };
        }

        return Readable(a, b, similarity);
    }

    private static WordDiffResult Readable(IReadOnlyList<string> a, IReadOnlyList<string> b, double similarity)
    {

        var ops = new OperationList();
        SentenceAligner.Diff(ops, a, b);
        return new WordDiffResult(Refine(ChangeCleanup.Fold(ops.ToList())), similarity);
    }

    /// <summary>
    /// A deletion beside an insertion that still say much the same (a sentence cut in two: ", and its investors" →
    /// ". Its investors") are diffed word by word, so words both keep are not shown as deleted and inserted.
    /// </summary>
    private static List<WordOperation> Refine(List<WordOperation> ops)
    {
        var result = new List<WordOperation>(ops.Count);
        for (int k = 0; k < ops.Count; k++)
        {
            if (k + 1 < ops.Count && ops[k] is { Kind: WordOperationKind.Delete, IsTypographyOnly: false } d && ops[k + 1] is { Kind: WordOperationKind.Insert, IsTypographyOnly: false } n &&
                Tokenizer.CountWords(d.Text) >= RefineWords && Tokenizer.CountWords(n.Text) >= RefineWords && Diff(d.Text, n.Text) is { Similarity: >= RefineSimilarity } inner)
            {
                result.AddRange(inner.Operations);
                k++;
            }
            else
            {
                result.Add(ops[k]);
            }
        }

        return result.Count == ops.Count ? result : ChangeCleanup.Fold(result);
    }

    /// <summary>Diffs two texts token by token into <paramref name="ops"/>; returns the weight of what was kept.</summary>
    public static long TokenDiff(OperationList ops, string older, string newer) => TokenDiff(ops, new TokenizedText(older), new TokenizedText(newer));

    /// <summary>
    /// As <see cref="TokenDiff(OperationList, string, string)"/>, on texts already cut into tokens; with
    /// <paramref name="ops"/> null only the weight kept is summed (the diff itself is the same).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static long TokenDiff(OperationList? ops, TokenizedText olderText, TokenizedText newerText)
    {
        var a = olderText.TokenArray;
        var b = newerText.TokenArray;
        var na = olderText.Normalized;
        var nb = newerText.Normalized;
        string older = olderText.Text;
        string newer = newerText.Text;

        // Tokens both texts share at the start and at the end are kept as they are: only the middle is diffed (a
        // paragraph of a successive edition mostly differs in a figure or a sentence).
        int head = 0;
        while (head < na.Length && head < nb.Length && string.Equals(na[head], nb[head], StringComparison.Ordinal))
        {
            head++;
        }

        int tail = 0;
        while (tail < na.Length - head && tail < nb.Length - head && string.Equals(na[na.Length - 1 - tail], nb[nb.Length - 1 - tail], StringComparison.Ordinal))
        {
            tail++;
        }

        var middleA = na[head..(na.Length - tail)];
        var middleB = nb[head..(nb.Length - tail)];

        // A fresh string instance for the older text, so the chunker can tell the two apart even when equal.
        string olderKey = new(older.AsSpan());
        var blocks = middleA.Length == 0 && middleB.Length == 0
            ? []
            : Differ.Instance.CreateDiffs(olderKey, newer, false, false, new TokenChunker(olderKey, middleA, middleB)).DiffBlocks;

        int i = 0, j = 0;
        long kept = 0;
        foreach (var block in blocks.OrderBy(d => d.DeleteStartA))
        {
            int startA = block.DeleteStartA + head, startB = block.InsertStartB + head;
            kept += EmitEqual(ops, a, b, na, ref i, ref j, startA);
            if (ops is not null)
            {
                string deleted = Join(a, startA, block.DeleteCountA);
                string inserted = Join(b, startB, block.InsertCountB);
                // White space alone added or taken away is spacing, not wording.
                ops.Add(WordOperationKind.Delete, deleted, IsBlank(deleted) && IsBlank(inserted));
                ops.Add(WordOperationKind.Insert, inserted, IsBlank(deleted) && IsBlank(inserted));
            }

            i = startA + block.DeleteCountA;
            j = startB + block.InsertCountB;
        }

        kept += EmitEqual(ops, a, b, na, ref i, ref j, a.Length);
        return kept;
    }

    /// <summary>Characters a text counts for in the similarity, typography normalised, white space counting for nothing.</summary>
    public static long TextWeight(string text) => Tokenizer.Tokenize(text).Sum(t => Weight(Typography.Normalize(t)));

    private static bool IsBlank(string text) => text.All(char.IsWhiteSpace);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long EmitEqual(OperationList? ops, string[] a, string[] b, string[] na, ref int i, ref int j, int endA)
    {
        long kept = 0;
        if (ops is null)
        {
            for (; i < endA; i++, j++)
            {
                kept += Weight(na[i]);
            }

            return kept;
        }

        for (; i < endA; i++, j++)
        {
            kept += Weight(na[i]);
            if (string.Equals(a[i], b[j], StringComparison.Ordinal))
            {
                ops.Add(WordOperationKind.Equal, a[i], false);
            }
            else
            {
                ops.Add(WordOperationKind.Delete, a[i], true);
                ops.Add(WordOperationKind.Insert, b[j], true);
            }
        }

        return kept;
    }

    /// <summary>Characters a token counts for in the similarity: white space counts for nothing.</summary>
    public static long Weight(string normalizedToken) => normalizedToken == " " ? 0 : normalizedToken.Length;

    private static string Join(string[] tokens, int start, int count)
    {
        var sb = new StringBuilder();
        for (int k = start; k < start + count; k++)
        {
            sb.Append(tokens[k]);
        }

        return sb.ToString();
    }
}
