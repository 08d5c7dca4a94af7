using System.Text;
using Dapper;
using JapanUsRelations.Ingestion.Storage;
using JapanUsRelations.Web.Infrastructure;
using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Web.Pages.Search;

/// <summary>
/// Full-text search over the FTS5 <c>search_index</c> (migration 002). The query is tried as FTS5 syntax first
/// (phrases, prefixes, AND/OR/NOT, NEAR); if FTS5 cannot parse it, each term is searched as a quoted phrase and the
/// reader is told so; if nothing searchable is left, the reader gets a message, never an error page.
/// </summary>
public sealed class SearchService(EditionsOptions options, EditionCatalog catalog, ILogger<SearchService> logger)
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

    private List<SearchHit>? TryRun(SearchRequest request, string match)
    {
        var sql = new StringBuilder(
            """
            SELECT search_index.edition_slug AS EditionId, search_index.section_slug AS SectionSlug, search_index.anchor AS Anchor,
                   highlight(search_index, 0, char(2), char(3)) AS Heading,
                   snippet(search_index, 1, char(2), char(3), '…', 32) AS Snippet,
                   bm25(search_index, 2.0, 1.0) AS Rank
            FROM search_index JOIN edition ON edition.slug = search_index.edition_slug
            WHERE search_index MATCH @match
            """);
        if (request.Editions.Count > 0)
        {
            sql.Append(" AND search_index.edition_slug IN @editions");
        }

        if (!string.IsNullOrEmpty(request.Publisher))
        {
            sql.Append(" AND edition.publisher = @publisher");
        }

        if (!string.IsNullOrEmpty(request.Topic))
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM block_topic WHERE block_topic.block_id = search_index.block_id AND block_topic.topic_slug = @topic)");
        }

        sql.Append(" ORDER BY Rank, edition.published IS NULL, edition.published DESC, CAST(substr(search_index.anchor, 2) AS INTEGER) LIMIT @limit");
        try
        {
            using var connection = Database.Open(options.DatabasePath);
            var rows = connection.Query<Row>(sql.ToString(), new { match, editions = request.Editions, publisher = request.Publisher, topic = request.Topic, limit = MaxHits });
            return rows.Select(ToHit).OfType<SearchHit>().ToList();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 1)
        {
            logger.LogInformation("FTS5 could not run the query {Query}: {Reason}", match, e.Message);
            return null;
        }
    }

    private SearchHit? ToHit(Row row)
    {
        var edition = catalog.Find(row.EditionId);
        var section = edition?.AllSections().FirstOrDefault(s => s.Slug == row.SectionSlug);
        return edition is null || section is null
            ? null
            : new SearchHit(edition, section, row.Anchor, Urls.Block(edition.Id, section.Slug, row.Anchor), Snippet.Parse(row.Heading), Snippet.Parse(row.Snippet), row.Rank);
    }

    // A class with setters, not a positional record: with no rows SQLite reports expression columns as blobs, and
    // Dapper would look for a constructor taking byte arrays.
    private sealed class Row
    {
        public string EditionId { get; set; } = "";

        public string SectionSlug { get; set; } = "";

        public string Anchor { get; set; } = "";

        public string? Heading { get; set; }

        public string? Snippet { get; set; }

        public double Rank { get; set; }
    }
}
