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
        bool byRelevance = order == SearchOrder.Relevance;
        string groupRank = byRelevance ? ", MIN(Rank) OVER (PARTITION BY EditionId) AS GroupRank" : "";
        string groups = byRelevance ? "GroupRank, EditionId" : "Published IS NULL, Published DESC, EditionId DESC";
        string sql =
            $"""
            SELECT EditionId, SectionSlug, Anchor, Heading, Snippet, Rank{groupRank} FROM (
                SELECT search_index.edition_slug AS EditionId, search_index.section_slug AS SectionSlug, search_index.anchor AS Anchor,
                       highlight(search_index, 0, char(2), char(3)) AS Heading,
                       snippet(search_index, 1, char(2), char(3), '…', 32) AS Snippet,
                       bm25(search_index, 2.0, 1.0) AS Rank,
                       edition.published AS Published
                FROM search_index JOIN edition ON edition.slug = search_index.edition_slug
                WHERE search_index MATCH @match{Where(filter)})
            ORDER BY {groups}, Rank, CAST(substr(Anchor, 2) AS INTEGER)
            LIMIT @limit OFFSET @offset
            """;
        return Query<SearchRow>(match, sql, filter, new { offset, limit });
    }

    /// <summary>How many blocks of each edition match an FTS5 query under a filter, with the best rank (bm25 cannot run inside an aggregate, hence the materialised step); null when FTS5 cannot parse the query.</summary>
    public IReadOnlyList<SearchCount>? Count(string match, SearchFilter filter)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(filter);
        string sql =
            $"""
            WITH hit AS MATERIALIZED (
                SELECT search_index.edition_slug AS EditionId, bm25(search_index, 2.0, 1.0) AS Rank
                FROM search_index JOIN edition ON edition.slug = search_index.edition_slug
                WHERE search_index MATCH @match{Where(filter)})
            SELECT EditionId, COUNT(*) AS Hits, MIN(Rank) AS BestRank FROM hit GROUP BY EditionId
            """;
        return Query<SearchCount>(match, sql, filter, new { });
    }

    private static string Where(SearchFilter filter)
    {
        var sql = new StringBuilder();
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
