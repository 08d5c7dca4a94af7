using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Comparison;

/// <summary>
/// Computes each comparison once and keeps the most recently used ones, at most <see cref="Capacity"/> of them (the
/// least recently used is dropped first). Keyed by the two <see cref="Edition"/> objects themselves (reference
/// identity), so editions of a newly loaded database snapshot are compared afresh and the old snapshot's entries
/// age out. A comparison stored at ingestion is taken from <c>stored</c> (when given) instead of computed. Safe to
/// share between threads; concurrent requests for the same pair wait for one computation.
/// </summary>
public sealed class ComparisonCache
{
    /// <summary>Comparisons kept when no capacity is given: about 64 × 0.5–2 MB for seed-sized editions.</summary>
    public const int DefaultCapacity = 64;

    private readonly Dictionary<(Edition, Edition), LinkedListNode<Entry>> _entries = new(PairIdentity.Instance);
    private readonly LinkedList<Entry> _recency = new();
    private readonly Lock _gate = new();
    private readonly ComparisonOptions _options;
    private readonly Func<Edition, Edition, EditionComparison?>? _stored;

    /// <summary>A cache comparing with <paramref name="options"/> (the defaults when null), keeping <paramref name="capacity"/> comparisons.</summary>
    /// <param name="options">Thresholds of the comparison engine.</param>
    /// <param name="capacity">How many comparisons to keep (at least 1).</param>
    /// <param name="stored">Gives the comparison stored at ingestion for a pair, or null to compute it.</param>
    public ComparisonCache(ComparisonOptions? options = null, int capacity = DefaultCapacity, Func<Edition, Edition, EditionComparison?>? stored = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _options = options ?? ComparisonOptions.Default;
        _options.Validate();
        Capacity = capacity;
        _stored = stored;
    }

    /// <summary>How many comparisons are kept at most.</summary>
    public int Capacity { get; }

    /// <summary>Number of comparisons kept.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>How many comparisons were computed by the engine (not taken from the store) since the cache was made.</summary>
    public int Computed => _computed;

    private int _computed;

    /// <summary>The comparison of <paramref name="older"/> with <paramref name="newer"/>: kept, else stored, else computed.</summary>
    public EditionComparison Get(Edition older, Edition newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        Entry entry;
        lock (_gate)
        {
            if (_entries.TryGetValue((older, newer), out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                entry = node.Value;
            }
            else
            {
                entry = new Entry((older, newer), new Lazy<EditionComparison>(() => Load(older, newer), LazyThreadSafetyMode.ExecutionAndPublication));
                _entries[(older, newer)] = _recency.AddFirst(entry);
                while (_entries.Count > Capacity)
                {
                    var last = _recency.Last!;
                    _recency.RemoveLast();
                    _entries.Remove(last.Value.Key);
                }
            }
        }

        return entry.Comparison.Value;
    }

    private EditionComparison Load(Edition older, Edition newer)
    {
        if (_stored?.Invoke(older, newer) is { } stored)
        {
            return stored;
        }

        Interlocked.Increment(ref _computed);
        return EditionComparer.Compare(older, newer, _options);
    }

    private sealed record Entry((Edition, Edition) Key, Lazy<EditionComparison> Comparison);

    // Two editions are the same key only when they are the same objects.
    private sealed class PairIdentity : IEqualityComparer<(Edition, Edition)>
    {
        public static readonly PairIdentity Instance = new();

        public bool Equals((Edition, Edition) x, (Edition, Edition) y) => ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((Edition, Edition) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item1), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item2));
    }
}
