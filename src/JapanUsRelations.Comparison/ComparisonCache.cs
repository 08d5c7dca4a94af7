using System.Collections.Concurrent;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Comparison;

/// <summary>
/// Computes each comparison once and keeps it: keyed by both editions' ids and source hashes (so re-ingested text is
/// compared afresh), safe to share between threads; concurrent requests for the same pair wait for one computation.
/// </summary>
public sealed class ComparisonCache
{
    private readonly ConcurrentDictionary<(string, string, string, string), Lazy<EditionComparison>> _comparisons = new();
    private readonly ComparisonOptions _options;

    /// <summary>A cache comparing with <paramref name="options"/> (the defaults when null).</summary>
    public ComparisonCache(ComparisonOptions? options = null)
    {
        _options = options ?? ComparisonOptions.Default;
        _options.Validate();
    }

    /// <summary>Number of comparisons kept.</summary>
    public int Count => _comparisons.Count;

    /// <summary>The comparison of <paramref name="older"/> with <paramref name="newer"/>, computed on first request.</summary>
    public EditionComparison Get(Edition older, Edition newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var key = (older.Id, older.SourceSha256, newer.Id, newer.SourceSha256);
        return _comparisons.GetOrAdd(key, _ => new Lazy<EditionComparison>(() => EditionComparer.Compare(older, newer, _options), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }
}
