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

    /// <summary>
    /// Pairs the sentences and writes their operations into <paramref name="ops"/>. The table is the full one, computed
    /// only where it can matter: a cell whose diagonal could not beat its better neighbour even at the pair's bound (1,
    /// then the token-bag bound; the similarity never exceeds either) takes that neighbour without the pair's diff, as
    /// the full table gives it, and the traceback never takes such a diagonal. Two identical sentences pair without a
    /// diff (one equal operation, similarity 1: what their diff gives). Each sentence is cut into tokens once, when
    /// first needed.
    /// </summary>
    public static void Diff(OperationList ops, IReadOnlyList<string> older, IReadOnlyList<string> newer) => Diff(ops, older, newer, prune: true);

    /// <summary>As <see cref="Diff(OperationList, IReadOnlyList{string}, IReadOnlyList{string})"/>; with <paramref name="prune"/> false every cell's pair is diffed (the full path the tests hold the pruned one to).</summary>
    internal static void Diff(OperationList ops, IReadOnlyList<string> older, IReadOnlyList<string> newer, bool prune)
    {
        int n = older.Count, m = newer.Count;
        var olderPieces = older.Select(s => new Piece(s)).ToArray();
        var newerPieces = newer.Select(s => new Piece(s)).ToArray();
        var pairs = new (OperationList? Ops, double Similarity)?[n, m];
        var best = new double[n + 1, m + 1];
        for (int i = 1; i <= n; i++)
        {
            for (int j = 1; j <= m; j++)
            {
                double neighbour = Math.Max(best[i - 1, j], best[i, j - 1]);
                var (o, w) = (olderPieces[i - 1], newerPieces[j - 1]);
                if (prune && !string.Equals(o.Text, w.Text, StringComparison.Ordinal)
                    && (best[i - 1, j - 1] + 1.0 <= neighbour || best[i - 1, j - 1] + o.Bag.UpperBound(w.Bag) <= neighbour))
                {
                    best[i, j] = neighbour;
                    continue;
                }

                pairs[i - 1, j - 1] = prune && string.Equals(o.Text, w.Text, StringComparison.Ordinal) ? (null, 1.0) : Pair(o, w);
                double diagonal = pairs[i - 1, j - 1] is { } p ? best[i - 1, j - 1] + p.Similarity : double.NegativeInfinity;
                best[i, j] = Math.Max(neighbour, diagonal);
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
                if (p.Ops is null)
                {
                    ops.Add(WordOperationKind.Equal, older[pi], false);
                }
                else
                {
                    ops.AddAll(p.Ops);
                }

                oi++;
                nj++;
            }
        }
    }

    private static (OperationList?, double)? Pair(Piece older, Piece newer)
    {
        if (older.Bag.UpperBound(newer.Bag) < PairThreshold)
        {
            return null;
        }

        var ops = new OperationList();
        long kept = WordDiff.TokenDiff(ops, older.Tokens, newer.Tokens);
        long total = older.Bag.Weight + newer.Bag.Weight;
        double similarity = total == 0 ? 1.0 : 2.0 * kept / total;
        return similarity >= PairThreshold ? (ops, similarity) : null;
    }

    /// <summary>One sentence, cut into tokens and counted into a bag when first needed.</summary>
    private sealed class Piece(string text)
    {
        private TokenizedText? _tokens;
        private TokenBag? _bag;

        public string Text { get; } = text;

        public TokenizedText Tokens => _tokens ??= new TokenizedText(Text);

        public TokenBag Bag => _bag ??= new TokenBag(Tokens);
    }
}
