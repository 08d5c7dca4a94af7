using System.Numerics;
using System.Runtime.CompilerServices;

namespace JapanUsRelations.Comparison.Diffing;

/// <summary>
/// An upper bound on a token diff's similarity that, unlike the token bag's, respects order, for telling cheaply that
/// two unlike paragraphs cannot reach a threshold (the diff of two unlike texts is the most expensive one there is).
/// What the diff keeps is a common subsequence of the two texts' normalised tokens, weighted by length (white space
/// weighs nothing). By layers, that weight is the sum over k ≥ 1 of how many kept tokens are at least k characters
/// long, and those tokens are a common subsequence of the two texts filtered to tokens of k characters or more: so the
/// kept weight is at most the sum over k of the longest common subsequence of the filtered texts (each layer's length
/// computed bit-parallel, Hyyrö 2004). An exact bound, never under what the diff keeps.
/// </summary>
internal static class OrderedBound
{
    /// <summary>True when the similarity <see cref="WordDiff.Score"/> gives the two texts is certainly under <paramref name="threshold"/>.</summary>
    public static bool IsBelow(TokenizedText older, TokenizedText newer, double threshold)
    {
        long total = older.Weight + newer.Weight;
        if (total == 0 || threshold <= 0)
        {
            return false;
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var (a, aWeights) = (new List<int>(older.Normalized.Length), new List<int>(older.Normalized.Length));
        foreach (string token in older.Normalized)
        {
            if (WordDiff.Weight(token) > 0)
            {
                if (!ids.TryGetValue(token, out int id))
                {
                    ids[token] = id = ids.Count;
                }

                a.Add(id);
                aWeights.Add(token.Length);
            }
        }

        // A newer token the older text lacks is never kept: left out, it changes no common subsequence.
        var (b, bWeights) = (new List<int>(newer.Normalized.Length), new List<int>(newer.Normalized.Length));
        int longest = 0;
        foreach (string token in newer.Normalized)
        {
            if (WordDiff.Weight(token) > 0 && ids.TryGetValue(token, out int id))
            {
                b.Add(id);
                bWeights.Add(token.Length);
                longest = Math.Max(longest, token.Length);
            }
        }

        long bound = 0;
        for (int k = 1; k <= longest; k++)
        {
            var layerA = Layer(a, aWeights, k);
            var layerB = Layer(b, bWeights, k);
            if (layerA.Count == 0 || layerB.Count == 0)
            {
                break;
            }

            bound += Lcs(layerA, layerB, ids.Count);
        }

        return 2.0 * bound / total < threshold;
    }

    /// <summary>Length of the longest common subsequence of two symbol sequences (symbols 0 … <paramref name="symbols"/> − 1), bit-parallel.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int Lcs(IReadOnlyList<int> a, IReadOnlyList<int> b, int symbols)
    {
        int n = a.Count;
        int words = (n + 63) >> 6;
        var matches = new ulong[symbols * words];
        for (int i = 0; i < n; i++)
        {
            matches[(a[i] * words) + (i >> 6)] |= 1UL << (i & 63);
        }

        var v = new ulong[words];
        Array.Fill(v, ulong.MaxValue);
        foreach (int symbol in b)
        {
            int at = symbol * words;
            ulong carry = 0;
            for (int w = 0; w < words; w++)
            {
                ulong m = matches[at + w];
                ulong x = v[w];
                ulong u = x & m;
                ulong sum = x + u;
                ulong carried = sum + carry;
                carry = (sum < x || carried < sum) ? 1UL : 0UL;
                v[w] = carried | (x & ~m);
            }
        }

        int ones = 0;
        for (int w = 0; w < words; w++)
        {
            ulong bits = w == words - 1 && (n & 63) != 0 ? v[w] & ((1UL << (n & 63)) - 1) : v[w];
            ones += BitOperations.PopCount(bits);
        }

        return n - ones;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<int> Layer(List<int> symbols, List<int> weights, int least)
    {
        var layer = new List<int>(symbols.Count);
        for (int i = 0; i < symbols.Count; i++)
        {
            if (weights[i] >= least)
            {
                layer.Add(symbols[i]);
            }
        }

        return layer;
    }
}
