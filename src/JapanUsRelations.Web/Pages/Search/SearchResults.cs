namespace JapanUsRelations.Web.Pages.Search;

/// <summary>The answer to a search: one page of hits in result-group order, every group's count, and a message for the reader.</summary>
/// <param name="Request">What was asked.</param>
/// <param name="SearchedFor">The FTS5 query that actually ran (the fallback when the typed one did not parse); null if none ran.</param>
/// <param name="Message">Why the query was changed or could not run; null when all went as typed.</param>
/// <param name="Groups">Every result group (edition) in the stated order, with its count over all pages.</param>
/// <param name="Hits">This page's hits, in the stated order (groups, then best match first).</param>
public sealed record SearchResults(SearchRequest Request, string? SearchedFor, string? Message, IReadOnlyList<EditionGroup> Groups, IReadOnlyList<SearchHit> Hits)
{
    /// <summary>Results with nothing found.</summary>
    public static SearchResults Empty(SearchRequest request, string? searchedFor, string? message) => new(request, searchedFor, message, [], []);

    /// <summary>Passages, editions and reference articles over every page.</summary>
    public SearchCounts Counts => new(Groups.Sum(g => g.Hits), Groups.Count(g => !g.IsReference), Groups.Count(g => g.IsReference));

    /// <summary>This page's hits grouped by edition, in the stated order; each group with its count over all pages.</summary>
    public IReadOnlyList<(EditionGroup Group, IReadOnlyList<SearchHit> Hits)> ByEdition =>
        Hits.GroupBy(h => h.Edition.Id, StringComparer.Ordinal)
            .Select(g => (Groups.FirstOrDefault(x => x.Edition.Id == g.Key) ?? new EditionGroup(g.First().Edition, g.Count()), (IReadOnlyList<SearchHit>)g.ToList()))
            .ToList();
}
