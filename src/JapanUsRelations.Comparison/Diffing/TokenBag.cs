using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace JapanUsRelations.Comparison.Diffing;

/// <summary>
/// The normalised, non-space tokens of a text as a multiset weighted by length. Since a diff can only keep tokens
/// both texts have, 2 × (shared weight) / (total weight) is an upper bound on the diff similarity: pairs whose bound
/// is under a threshold are skipped without running the diff.
/// </summary>
internal sealed class TokenBag
{
    private readonly Dictionary<string, int> _counts;

    public TokenBag(string text)
        : this(new TokenizedText(text))
    {
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TokenBag(TokenizedText text)
    {
        _counts = new(text.Normalized.Length / 2, StringComparer.Ordinal);
        foreach (string key in text.Normalized)
        {
            if (key != " ")
            {
                CollectionsMarshal.GetValueRefOrAddDefault(_counts, key, out _)++;
                Weight += key.Length;
            }
        }
    }

    private TokenBag(int capacity)
    {
        _counts = new(capacity, StringComparer.Ordinal);
    }

    public long Weight { get; private set; }

    public TokenBag Plus(TokenBag other)
    {
        var sum = new TokenBag(_counts.Count + other._counts.Count);
        foreach (var bag in new[] { this, other })
        {
            foreach (var (key, n) in bag._counts)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(sum._counts, key, out _) += n;
            }

            sum.Weight += bag.Weight;
        }

        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double UpperBound(TokenBag other)
    {
        if (Weight + other.Weight == 0)
        {
            return 1.0;
        }

        var (small, large) = _counts.Count <= other._counts.Count ? (this, other) : (other, this);
        long shared = 0;
        foreach (var (key, n) in small._counts)
        {
            shared += (long)Math.Min(n, large._counts.GetValueOrDefault(key)) * key.Length;
        }

        return 2.0 * shared / (Weight + other.Weight);
    }
}
