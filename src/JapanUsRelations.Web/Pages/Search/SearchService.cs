using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Search;

/// <summary>
/// Full-text search over the store's <see cref="SearchIndex"/> (FTS5, migration 002). The query is tried as FTS5 syntax first
/// (phrases, prefixes, AND/OR/NOT, NEAR); if FTS5 cannot parse it, each term is searched as a quoted phrase and the
/// reader is told so; if nothing searchable is left, the reader gets a message, never an error page.
/// </summary>
public sealed class SearchService(ReadStore store)
{
    /// <summary>Longest query accepted, in characters.</summary>
    public const int MaxQueryLength = 300;

    /// <summary>Most hits returned.</summary>
    public const int MaxHits = 200;

    /// <summary>Runs a search.</summary>
    public SearchResults Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string typed = request.Query.Trim();
        if (typed.Length == 0)
        {
            return new SearchResults(request, null, null, []);
        }

        if (typed.Length > MaxQueryLength)
        {
            return new SearchResults(request, null, $"The search is too long: at most {MaxQueryLength} characters, please.", []);
        }

        if (TryRun(request, typed) is { } hits)
        {
            return new SearchResults(request, typed, null, hits);
        }

        string? phrases = FtsQuery.AsPhrases(typed);
        if (phrases is not null && TryRun(request, phrases) is { } fallbackHits)
        {
            return new SearchResults(request, phrases, $"“{typed}” is not valid search syntax, so each word was searched for as written: {phrases}.", fallbackHits);
        }

        return new SearchResults(request, null, $"“{typed}” has no words to search for. Try a word (Okinawa), a phrase in quotes (\"golden share\") or a prefix (counter*).", []);
    }

    private List<SearchHit>? TryRun(SearchRequest request, string match) =>
        store.Search.Run(match, new SearchFilter(request.Editions, request.Publisher, request.Topic), MaxHits)?.Select(ToHit).OfType<SearchHit>().ToList();

    private SearchHit? ToHit(SearchRow row)
    {
        var edition = store.Editions.Find(row.EditionId);
        var section = edition?.AllSections().FirstOrDefault(s => s.Slug == row.SectionSlug);
        return edition is null || section is null
            ? null
            : new SearchHit(edition, section, row.Anchor, Urls.Block(edition.Id, section.Slug, row.Anchor), Snippet.Parse(row.Heading), Snippet.Parse(row.Snippet), row.Rank);
    }
}
