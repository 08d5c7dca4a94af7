using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace JapanUsRelations.Store;

/// <summary>Runs FTS5 queries over <c>search_index</c> (migration 002), best match first.</summary>
public sealed class SearchIndex(SnapshotConnections connections, ILogger logger)
{
    /// <summary>Start of a match in the marked text (<c>char(2)</c> in SQL).</summary>
    public const char MatchStart = '\u0002';

    /// <summary>End of a match in the marked text (<c>char(3)</c> in SQL).</summary>
    public const char MatchEnd = '\u0003';

    /// <summary>
    /// One page of the blocks matching an FTS5 query under a filter, in result-group order (<paramref name="order"/>),
    /// best match first within a group; null when FTS5 cannot parse the query.
    /// </summary>
    public IReadOnlyList<SearchRow>? Run(string match, SearchFilter filter, SearchOrder order, int offset, int limit)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(filter);
        return Query<SearchRow>(match, PageSqlFor(filter, order), filter, new { offset, limit });
    }

    /// <summary>How many blocks of each edition match an FTS5 query under a filter, with the best rank; null when FTS5 cannot parse the query.</summary>
    public IReadOnlyList<SearchCount>? Count(string match, SearchFilter filter)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(filter);
        return Query<SearchCount>(match, CountSqlFor(filter), filter, new { });
    }

    /// <summary>
    /// The page query: the matching blocks (<see cref="MatchingSql"/>) ordered by group (newest edition first, undated
    /// last; or the group with the best rank first, a window over the ranks), best match first, then by anchor.
    /// </summary>
    internal static string PageSqlFor(SearchFilter filter, SearchOrder order)
    {
        bool byRelevance = order == SearchOrder.Relevance;
        string groupRank = byRelevance ? ", MIN(Rank) OVER (PARTITION BY EditionId) AS GroupRank" : "";
        string groups = byRelevance ? "GroupRank, EditionId" : "Published IS NULL, Published DESC, EditionId DESC";
        return $"""
            SELECT EditionId, SectionSlug, Anchor, Heading, Snippet, Rank{groupRank} FROM ({MatchingSql(filter, marked: true)})
            ORDER BY {groups}, Rank, CAST(substr(Anchor, 2) AS INTEGER)
            LIMIT @limit OFFSET @offset
            """;
    }

    /// <summary>
    /// The count query: matching blocks per edition and the best rank. bm25 cannot run inside an aggregate, so the
    /// matching rows are a subquery SQLite must not flatten into the GROUP BY (<c>LIMIT -1</c>: no limit, no flattening).
    /// </summary>
    internal static string CountSqlFor(SearchFilter filter) =>
        $"SELECT EditionId, COUNT(*) AS Hits, MIN(Rank) AS BestRank FROM ({MatchingSql(filter, marked: false)} LIMIT -1) GROUP BY EditionId";

    // Every block the FTS5 query matches under the filter, with its rank and edition date, and (marked) its
    // highlighted heading and snippet: only the page's rows need those, so counting never builds a snippet.
    private static string MatchingSql(SearchFilter filter, bool marked)
    {
        var sql = new StringBuilder("SELECT search_index.edition_slug AS EditionId, search_index.section_slug AS SectionSlug, search_index.anchor AS Anchor, ");
        sql.Append(marked
            ? "highlight(search_index, 0, char(2), char(3)) AS Heading, snippet(search_index, 1, char(2), char(3), '…', 32) AS Snippet, "
            : "");
        sql.Append(
            """
            bm25(search_index, 2.0, 1.0) AS Rank, edition.published AS Published
            FROM search_index JOIN edition ON edition.slug = search_index.edition_slug
            WHERE search_index MATCH @match
            """);
        if (filter.Editions.Count > 0)
        {
            sql.Append(" AND search_index.edition_slug IN @editions");
        }

        if (!string.IsNullOrEmpty(filter.Publisher))
        {
            sql.Append(" AND edition.publisher = @publisher");
        }

        if (!string.IsNullOrEmpty(filter.Topic))
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM block_topic WHERE block_topic.block_id = search_index.block_id AND block_topic.topic_slug = @topic)");
        }

        return sql.ToString();
    }

    private List<T>? Query<T>(string match, string sql, SearchFilter filter, object page)
    {
        var parameters = new DynamicParameters(page);
        parameters.AddDynamicParams(new { match, editions = filter.Editions, publisher = filter.Publisher, topic = filter.Topic });
        try
        {
            using var lease = connections.Rent();
            return lease.Connection.Query<T>(sql, parameters).ToList();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 1)
        {
            logger.LogInformation("FTS5 could not run the query {Query}: {Reason}", match, e.Message);
            return null;
        }
    }
}
