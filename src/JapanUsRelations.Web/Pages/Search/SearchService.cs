using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Search;

/// <summary>
/// Full-text search over the store's <see cref="SearchIndex"/> (FTS5, migration 002), across every edition (text later
/// editions removed included) or the latest of each report. The query is tried as FTS5 syntax first (phrases,
/// prefixes, AND/OR/NOT, NEAR); if FTS5 cannot parse it, each term is searched as a quoted phrase and the reader is
/// told so; if nothing searchable is left, the reader gets a message, never an error page.
/// </summary>
public sealed class SearchService(ReadStore store, PassageHistory history)
{
    /// <summary>Longest query accepted, in characters.</summary>
    public const int MaxQueryLength = 300;

    /// <summary>Hits per page when the URL names no <c>pageSize</c>.</summary>
    public const int PageSize = 20;

    /// <summary>Runs a search.</summary>
    public SearchResults Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string typed = request.Query.Trim();
        if (typed.Length == 0)
        {
            return SearchResults.Empty(request, null, null);
        }

        if (typed.Length > MaxQueryLength)
        {
            return SearchResults.Empty(request, null, $"The search is too long: at most {MaxQueryLength} characters, please.");
        }

        if (Filter(request) is not { } filter)
        {
            return SearchResults.Empty(request, typed, null);
        }

        if (TryRun(request, filter, typed) is { } results)
        {
            return results;
        }

        string? phrases = FtsQuery.AsPhrases(typed);
        if (phrases is not null && TryRun(request, filter, phrases) is { } fallback)
        {
            return fallback with { Message = $"“{typed}” is not valid search syntax, so each word was searched for as written: {phrases}." };
        }

        return SearchResults.Empty(request, null, $"“{typed}” has no words to search for. Try a word (Okinawa), a phrase in quotes (\"golden share\") or a prefix (counter*).");
    }

    /// <summary>The store's filter; null when the scope and the editions asked for leave nothing to search.</summary>
    private SearchFilter? Filter(SearchRequest request)
    {
        IReadOnlyList<string> editions = request.Editions;
        if (request.Scope == SearchScope.Latest)
        {
            var latest = store.Editions.ReportGroups.Select(g => g.Latest).Concat(store.Editions.References).Select(e => e.Id).ToList();
            editions = editions.Count == 0 ? latest : editions.Intersect(latest, StringComparer.Ordinal).ToList();
            if (editions.Count == 0)
            {
                return null;
            }
        }

        return new SearchFilter(editions, request.Publisher, request.Topic);
    }

    private SearchResults? TryRun(SearchRequest request, SearchFilter filter, string match)
    {
        if (store.Search.Count(match, filter) is not { } counts)
        {
            return null;
        }

        var groups = Ordered(counts.Select(c => (Count: c, Edition: store.Editions.Find(c.EditionId))).Where(x => x.Edition is not null).ToList(), request.Order);
        int offset = (request.Page - 1) * request.PageSize;
        var rows = offset >= groups.Sum(g => g.Hits) ? [] : store.Search.Run(match, filter, request.Order, offset, request.PageSize) ?? [];
        return new SearchResults(request, match, null, groups, rows.Select(ToHit).OfType<SearchHit>().ToList());
    }

    /// <summary>The groups in the order the store pages them (see <see cref="SearchIndex.Run"/>).</summary>
    private static List<EditionGroup> Ordered(List<(SearchCount Count, Edition? Edition)> groups, SearchOrder order) =>
        (order == SearchOrder.Relevance
            ? groups.OrderBy(g => g.Count.BestRank).ThenBy(g => g.Count.EditionId, StringComparer.Ordinal)
            : groups.OrderBy(g => g.Edition!.Published is null).ThenByDescending(g => g.Edition!.Published).ThenByDescending(g => g.Count.EditionId, StringComparer.Ordinal))
        .Select(g => new EditionGroup(g.Edition!, g.Count.Hits)).ToList();

    private SearchHit? ToHit(SearchRow row)
    {
        var edition = store.Editions.Find(row.EditionId);
        var section = edition?.AllSections().FirstOrDefault(s => s.Slug == row.SectionSlug);
        var block = section?.Blocks.FirstOrDefault(b => b.Anchor == row.Anchor);
        return edition is null || section is null || block is null
            ? null
            : new SearchHit(edition, section, row.Anchor, Urls.Block(edition.Id, section.Slug, row.Anchor), Snippet.Parse(row.Heading), Snippet.Parse(row.Snippet), row.Rank, history.For(edition, block));
    }
}
