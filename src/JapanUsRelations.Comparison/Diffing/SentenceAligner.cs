using JapanUsRelations.Ingestion.Enrichment.Facts;

namespace JapanUsRelations.Comparison.Diffing;

/// <summary>
/// The sentence pass of the word diff: cuts each text into sentences (each keeping the white space after it, so the
/// pieces join back to the text exactly), pairs them in order with the greatest total similarity (pairs at or above
/// <see cref="PairThreshold"/>), diffs paired sentences word by word and gives unpaired ones whole: deleted on the
/// older side, inserted on the newer.
/// </summary>
internal static class SentenceAligner
{
    /// <summary>Least share of characters two sentences must keep to be diffed word by word.</summary>
    public const double PairThreshold = 0.3;

    public static IReadOnlyList<string> Pieces(string text)
    {
        var sentences = SentenceSplitter.Split(text);
        if (sentences.Count <= 1)
        {
            return text.Length == 0 ? [] : [text];
        }

        var pieces = new List<string>(sentences.Count);
        for (int k = 0; k < sentences.Count; k++)
        {
            int from = k == 0 ? 0 : sentences[k].Start;
            int to = k + 1 < sentences.Count ? sentences[k + 1].Start : text.Length;
            pieces.Add(text[from..to]);
        }

        return pieces;
    }

    public static long Diff(OperationList ops, IReadOnlyList<string> older, IReadOnlyList<string> newer)
    {
        int n = older.Count, m = newer.Count;
        var bags = (older.Select(s => new TokenBag(s)).ToArray(), newer.Select(s => new TokenBag(s)).ToArray());
        var pairs = new (OperationList Ops, long Kept, double Similarity)?[n, m];
        var best = new double[n + 1, m + 1];
        for (int i = 1; i <= n; i++)
        {
            for (int j = 1; j <= m; j++)
            {
                pairs[i - 1, j - 1] = Pair(older[i - 1], newer[j - 1], bags.Item1[i - 1], bags.Item2[j - 1]);
                double diagonal = pairs[i - 1, j - 1] is { } p ? best[i - 1, j - 1] + p.Similarity : double.NegativeInfinity;
                best[i, j] = Math.Max(Math.Max(best[i - 1, j], best[i, j - 1]), diagonal);
            }
        }

        var path = new List<(int, int)>();
        for (int i = n, j = m; i > 0 && j > 0;)
        {
            if (best[i, j] == best[i - 1, j])
            {
                i--;
            }
            else if (best[i, j] == best[i, j - 1])
            {
                j--;
            }
            else
            {
                path.Add((i - 1, j - 1));
                i--;
                j--;
            }
        }

        path.Reverse();
        long kept = 0;
        int oi = 0, nj = 0;
        foreach (var (pi, pj) in path.Append((n, m)))
        {
            for (; oi < pi; oi++)
            {
                ops.Add(WordOperationKind.Delete, older[oi], false);
            }

            for (; nj < pj; nj++)
            {
                ops.Add(WordOperationKind.Insert, newer[nj], false);
            }

            if (pi < n && pj < m)
            {
                var p = pairs[pi, pj]!.Value;
                ops.AddAll(p.Ops);
                kept += p.Kept;
                oi++;
                nj++;
            }
        }

        return kept;
    }

    private static (OperationList, long, double)? Pair(string older, string newer, TokenBag olderBag, TokenBag newerBag)
    {
        if (olderBag.UpperBound(newerBag) < PairThreshold)
        {
            return null;
        }

        var ops = new OperationList();
        long kept = WordDiff.TokenDiff(ops, older, newer);
        long total = olderBag.Weight + newerBag.Weight;
        double similarity = total == 0 ? 1.0 : 2.0 * kept / total;
        return similarity >= PairThreshold ? (ops, kept, similarity) : null;
    }
}
