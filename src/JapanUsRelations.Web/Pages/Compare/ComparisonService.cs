using JapanUsRelations.Comparison;
using JapanUsRelations.Comparison.Storage;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>
/// The comparison feature's one service: resolves the two editions a reader asked for and hands out their
/// comparison. Each edition's comparison with its predecessor on its subject was computed at ingestion and stored
/// (<see cref="LineageBook.Comparison"/>): it is decoded, not recomputed; any other pair is computed on demand.
/// Both are kept in a bounded cache (<see cref="ComparisonCache"/>, the most recently used
/// <c>Comparisons:CacheSize</c> pairs, default <see cref="ComparisonCache.DefaultCapacity"/>), one per database snapshot
/// (<see cref="ReadStore.Derived{T}"/>), so a new snapshot starts afresh. Also the site's <see cref="IChangeMeter"/> (the editions list
/// and edition page ask it how much changed): for stored pairs the share stored at ingestion answers without
/// decoding anything; and its <see cref="IEditionComparisons"/> (a section's history asks it for neighbouring
/// editions' comparisons).
/// </summary>
public sealed class ComparisonService : IChangeMeter, IEditionComparisons
{
    /// <summary>The configuration key of the cache's capacity (number of comparisons kept).</summary>
    public const string CacheSizeKey = "Comparisons:CacheSize";

    private readonly ReadStore _store;
    private readonly ComparisonCache _cache;

    /// <summary>A service over <paramref name="store"/>, its cache sized by <see cref="CacheSizeKey"/>.</summary>
    public ComparisonService(ReadStore store, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(configuration);
        _store = store;
        int capacity = Math.Max(1, configuration.GetValue(CacheSizeKey, ComparisonCache.DefaultCapacity));
        _cache = store.Derived(snapshot => new ComparisonCache(capacity: capacity, stored: (older, newer) => StoredIn(snapshot, older, newer)));
    }

    /// <summary>The cache (its capacity and how many comparisons it computed rather than read from the store).</summary>
    public ComparisonCache Cache => _cache;

    /// <summary>The catalog the editions come from.</summary>
    public EditionCatalog Catalog => _store.Editions;

    /// <summary>
    /// The comparison of the editions <paramref name="leftId"/> (left column) and <paramref name="rightId"/> (right
    /// column), in the order asked; null when either id is unknown. Year ids resolve as on the editions pages.
    /// </summary>
    public ComparisonView? Find(string leftId, string rightId)
    {
        ArgumentNullException.ThrowIfNull(leftId);
        ArgumentNullException.ThrowIfNull(rightId);
        var left = Catalog.Resolve(leftId);
        var right = Catalog.Resolve(rightId);
        return left is null || right is null ? null : new ComparisonView(left, right, _cache.Get(left, right));
    }

    /// <inheritdoc />
    public EditionComparison Compare(Edition older, Edition newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        return _cache.Get(older, newer);
    }

    /// <inheritdoc />
    public double? ChangedShare(Edition older, Edition newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        return _store.Lineage.Step(newer.Id) is { } step && IsStep(step.OlderId, step.OlderSha256, step.NewerSha256, older, newer)
            ? step.ChangedShare
            : _cache.Get(older, newer).ChangedShare;
    }

    // The comparison stored at ingestion for this pair, when the pair is a stored step of these very texts.
    private static EditionComparison? StoredIn(ReadStore snapshot, Edition older, Edition newer) =>
        snapshot.Lineage.Comparison(older.Id, newer.Id) is { } stored && IsStep(stored.OlderId, stored.OlderSha256, stored.NewerSha256, older, newer)
            ? ComparisonCodec.Decode(stored.Format, stored.Data)
            : null;

    private static bool IsStep(string olderId, string olderSha256, string newerSha256, Edition older, Edition newer) =>
        string.Equals(olderId, older.Id, StringComparison.Ordinal)
        && string.Equals(olderSha256, older.SourceSha256, StringComparison.Ordinal)
        && string.Equals(newerSha256, newer.SourceSha256, StringComparison.Ordinal);

    /// <summary>
    /// The comparisons a reader most likely wants: each edition with the one before it on its subject (its report's
    /// previous edition, or a related report's), newest first.
    /// </summary>
    public IReadOnlyList<(Edition Older, Edition Newer)> Successive() =>
        Catalog.Reports.Select(e => (Older: Catalog.PreviousOnSubject(e), Newer: e)).Where(p => p.Older is not null)
            .Select(p => (p.Older!, p.Newer)).Reverse().ToList();
}
