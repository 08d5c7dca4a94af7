using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace JapanUsRelations.Comparison.Diffing;

/// <summary>
/// The words of a text as a multiset (lower-cased, typography-normalised) for a quick, order-blind similarity:
/// Dice = 2 × shared words / (words of one + words of the other).
/// </summary>
internal sealed class WordBag
{
    private readonly Dictionary<string, int> _counts;

    public WordBag(string text)
        : this(Tokenizer.Tokenize(text))
    {
    }

    /// <summary>The bag of a text already cut into tokens (<see cref="Tokenizer.Tokenize"/>).</summary>
    public WordBag(IReadOnlyList<string> tokens)
    {
        _counts = new(tokens.Count / 2, StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            if (Tokenizer.IsWord(token))
            {
                CollectionsMarshal.GetValueRefOrAddDefault(_counts, token.ToLowerInvariant(), out _)++;
                Count++;
            }
        }
    }

    private WordBag(int capacity)
    {
        _counts = new(capacity, StringComparer.Ordinal);
    }

    public int Count { get; private set; }

    /// <summary>A number no other bag of this process has (a cheap key for scores kept by bag, see <see cref="Alignment.DiceMemo"/>).</summary>
    public long Id { get; } = Interlocked.Increment(ref _lastId);

    private static long _lastId;

    /// <summary>Each word (lower-cased) with how often it occurs.</summary>
    internal IReadOnlyDictionary<string, int> Counts => _counts;

    /// <summary>The bag of several texts' bags together (what the bag of the texts joined gives when no word spans a join).</summary>
    public static WordBag Sum(IReadOnlyList<WordBag> bags)
    {
        // Sized for every distinct word of every bag (at most that many), so it never grows while summing.
        int distinct = 0;
        foreach (var bag in bags)
        {
            distinct += bag._counts.Count;
        }

        var sum = new WordBag(distinct);
        foreach (var bag in bags)
        {
            foreach (var (word, n) in bag._counts)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(sum._counts, word, out _) += n;
            }

            sum.Count += bag.Count;
        }

        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Dice(WordBag other)
    {
        if (Count + other.Count == 0)
        {
            return 1.0;
        }

        // The shared count is the same whichever bag is walked: walk the one with fewer distinct words.
        var (small, large) = _counts.Count <= other._counts.Count ? (_counts, other._counts) : (other._counts, _counts);
        int shared = 0;
        foreach (var (word, n) in small)
        {
            shared += Math.Min(n, large.GetValueOrDefault(word));
        }

        return 2.0 * shared / (Count + other.Count);
    }
}
