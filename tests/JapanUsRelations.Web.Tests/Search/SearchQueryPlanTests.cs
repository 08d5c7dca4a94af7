using System.Reflection;
using System.Text.RegularExpressions;
using Dapper;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Web.Tests.Search;

/// <summary>
/// The search's page query (both orders) and count query, with every filter, read no whole table: the FTS5 index
/// finds the blocks, editions come by their unique slug, topics by the (block, topic) key. A subquery's or
/// window's own rows (<c>SCAN (subquery-1)</c>) are not a table.
/// </summary>
[Collection(SiteCollection.Name)]
public partial class SearchQueryPlanTests(RunningSite site)
{
    private static readonly SearchFilter EveryFilter = new(["2018", "2026-02-05"], "Congressional Research Service", "okinawa-and-bases");

    public static TheoryData<string> Queries => ["page newest", "page relevance", "count"];

    private static string Sql(string query, SearchFilter filter)
    {
        var index = typeof(SearchIndex);
        return query == "count"
            ? (string)index.GetMethod("CountSqlFor", BindingFlags.Static | BindingFlags.NonPublic)!.Invoke(null, [filter])!
            : (string)index.GetMethod("PageSqlFor", BindingFlags.Static | BindingFlags.NonPublic)!.Invoke(null, [filter, query.EndsWith("relevance", StringComparison.Ordinal) ? SearchOrder.Relevance : SearchOrder.Newest])!;
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void A_search_query_reads_no_whole_table(string query)
    {
        using var connection = new SqliteConnection($"Data Source={site.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        foreach (var filter in new[] { EveryFilter, new SearchFilter([], null, null) })
        {
            string sql = Sql(query, filter).Replace("IN @editions", "IN (@editions)", StringComparison.Ordinal);
            var parameters = new DynamicParameters();
            foreach (Match p in Parameter().Matches(sql))
            {
                parameters.Add(p.Groups[1].Value, p.Groups[1].Value is "limit" or "offset" ? 10 : (object)"okinawa");
            }

            var plan = connection.Query<(long Id, long Parent, long NotUsed, string Detail)>("EXPLAIN QUERY PLAN " + sql, parameters).Select(r => r.Detail).ToList();
            plan.Should().Contain(line => line.StartsWith("SCAN search_index VIRTUAL TABLE INDEX", StringComparison.Ordinal), query);
            plan.Where(line => TableScan().IsMatch(line) && !line.Contains("VIRTUAL TABLE INDEX", StringComparison.Ordinal) && !line.Contains(" USING ", StringComparison.Ordinal))
                .Should().BeEmpty("{0} reads no whole table: {1}", query, string.Join(" / ", plan));
        }
    }

    [GeneratedRegex(@"@(\w+)")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"^SCAN \w")]
    private static partial Regex TableScan();
}
