using System.Text;
using DiffPlex;

namespace JapanUsRelations.Comparison.Diffing;

/// <summary>
/// Word-level diff of two texts with DiffPlex over typography-normalised tokens. Tokens equal once normalised but
/// different as written come out as a Delete/Insert pair flagged typography-only, so both texts can be rebuilt.
/// </summary>
internal static class WordDiff
{
    public static WordDiffResult Diff(string older, string newer)
    {
        var a = Tokenizer.Tokenize(older);
        var b = Tokenizer.Tokenize(newer);
        var na = a.Select(Typography.Normalize).ToArray();
        var nb = b.Select(Typography.Normalize).ToArray();
        // A fresh string instance for the older text, so the chunker can tell the two apart even when equal.
        string olderKey = new(older.AsSpan());
        var result = Differ.Instance.CreateDiffs(olderKey, newer, false, false, new TokenChunker(olderKey, na, nb));

        var ops = new OperationList();
        int i = 0, j = 0;
        long kept = 0;
        foreach (var block in result.DiffBlocks.OrderBy(d => d.DeleteStartA))
        {
            kept += EmitEqual(ops, a, b, na, ref i, ref j, block.DeleteStartA);
            ops.Add(WordOperationKind.Delete, Join(a, block.DeleteStartA, block.DeleteCountA), false);
            ops.Add(WordOperationKind.Insert, Join(b, block.InsertStartB, block.InsertCountB), false);
            i = block.DeleteStartA + block.DeleteCountA;
            j = block.InsertStartB + block.InsertCountB;
        }

        kept += EmitEqual(ops, a, b, na, ref i, ref j, a.Count);
        long total = na.Sum(Weight) + nb.Sum(Weight);
        double similarity = total == 0 ? 1.0 : 2.0 * kept / total;
        return new WordDiffResult(ChangeCleanup.Fold(ops.ToList()), similarity);
    }

    private static long EmitEqual(OperationList ops, IReadOnlyList<string> a, IReadOnlyList<string> b, string[] na, ref int i, ref int j, int endA)
    {
        long kept = 0;
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
    private static long Weight(string normalizedToken) => normalizedToken == " " ? 0 : normalizedToken.Length;

    private static string Join(IReadOnlyList<string> tokens, int start, int count)
    {
        var sb = new StringBuilder();
        for (int k = start; k < start + count; k++)
        {
            sb.Append(tokens[k]);
        }

        return sb.ToString();
    }
}
