using JapanUsRelations.Comparison;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>
/// The comparison feature's one service: resolves the two editions a reader asked for and hands out their
/// comparison, computed once per pair and kept (<see cref="ComparisonCache"/>). Also the site's
/// <see cref="IChangeMeter"/> (the editions list and edition page ask it how much changed) and <see cref="IEditionComparisons"/>
/// (a section's history asks it for neighbouring editions' comparisons).
/// </summary>
public sealed class ComparisonService(ReadStore store) : IChangeMeter, IEditionComparisons
{
    private readonly ComparisonCache _cache = new();

    /// <summary>The catalog the editions come from.</summary>
    public EditionCatalog Catalog => store.Editions;

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
        return _cache.Get(older, newer).ChangedShare;
    }

    /// <summary>
    /// The comparisons a reader most likely wants: each edition with the one before it on its subject (its report's
    /// previous edition, or a related report's), newest first.
    /// </summary>
    public IReadOnlyList<(Edition Older, Edition Newer)> Successive() =>
        Catalog.Reports.Select(e => (Older: Catalog.PreviousOnSubject(e), Newer: e)).Where(p => p.Older is not null)
            .Select(p => (p.Older!, p.Newer)).Reverse().ToList();
}
