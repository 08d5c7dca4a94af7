using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Web.Pages.Search;

/// <summary>The answer to a search: hits grouped by edition, best group first, and a message for the reader.</summary>
/// <param name="Request">What was asked.</param>
/// <param name="SearchedFor">The FTS5 query that actually ran (the fallback when the typed one did not parse); null if none ran.</param>
/// <param name="Message">Why the query was changed or could not run; null when all went as typed.</param>
/// <param name="Hits">Every hit, best first.</param>
public sealed record SearchResults(SearchRequest Request, string? SearchedFor, string? Message, IReadOnlyList<SearchHit> Hits)
{
    /// <summary>Hits grouped by edition; groups ordered by their best hit.</summary>
    public IReadOnlyList<(Edition Edition, IReadOnlyList<SearchHit> Hits)> ByEdition =>
        Hits.GroupBy(h => h.Edition.Id, StringComparer.Ordinal)
            .Select(g => (g.First().Edition, (IReadOnlyList<SearchHit>)g.ToList()))
            .ToList();
}
