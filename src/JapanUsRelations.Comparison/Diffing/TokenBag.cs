using System.Runtime.CompilerServices;

namespace JapanUsRelations.Comparison.Diffing;

/// <summary>
/// The normalised, non-space tokens of a text as a multiset weighted by length. Since a diff can only keep tokens
/// both texts have, 2 × (shared weight) / (total weight) is an upper bound on the diff similarity: pairs whose bound
/// is under a threshold are skipped without running the diff.
/// </summary>
internal sealed class TokenBag
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public TokenBag(string text)
        : this(new TokenizedText(text))
    {
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TokenBag(TokenizedText text)
    {
        foreach (string key in text.Normalized)
        {
            if (key != " ")
            {
                _counts[key] = _counts.GetValueOrDefault(key) + 1;
                Weight += key.Length;
            }
        }
    }

    private TokenBag()
    {
    }

    public long Weight { get; private set; }

    public TokenBag Plus(TokenBag other)
    {
        var sum = new TokenBag();
        foreach (var bag in new[] { this, other })
        {
            foreach (var (key, n) in bag._counts)
            {
                sum._counts[key] = sum._counts.GetValueOrDefault(key) + n;
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
