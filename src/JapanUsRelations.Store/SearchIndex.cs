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

    /// <summary>The query for a filter: the FTS5 match, then each filter given (the query-plan test runs it with every filter).</summary>
    internal static string SqlFor(SearchFilter filter)
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

        sql.Append(" ORDER BY Rank, edition.published IS NULL, edition.published DESC, CAST(substr(search_index.anchor, 2) AS INTEGER) LIMIT @limit");
        return sql.ToString();
    }

    /// <summary>The blocks matching an FTS5 query under a filter; null when FTS5 cannot parse the query.</summary>
    public IReadOnlyList<SearchRow>? Run(string match, SearchFilter filter, int limit)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(filter);
        try
        {
            using var lease = connections.Rent();
            return lease.Connection.Query<SearchRow>(SqlFor(filter), new { match, editions = filter.Editions, publisher = filter.Publisher, topic = filter.Topic, limit }).ToList();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 1)
        {
            logger.LogInformation("FTS5 could not run the query {Query}: {Reason}", match, e.Message);
            return null;
        }
    }
}
