using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure.Serving;

namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>
/// Before a new database is served, compares each edition with the one before it on its subject (what the editions
/// list, the edition pages and the feeds ask for first), into that snapshot's comparison cache.
/// </summary>
/// <param name="configuration">The site's configuration (the comparison cache's size).</param>
public sealed class ComparisonWarmer(IConfiguration configuration) : ISnapshotWarmer
{
    /// <inheritdoc />
    public void Warm(ReadStore store)
    {
        var comparisons = new ComparisonService(store, configuration);
        foreach (var (older, newer) in comparisons.Successive())
        {
            comparisons.ChangedShare(older, newer);
        }
    }
}
