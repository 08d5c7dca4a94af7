using System.Reflection;
using System.Text.RegularExpressions;
using Dapper;
using JapanUsRelations.Ingestion.Storage;
using JapanUsRelations.Ingestion.Tests.Support;
using JapanUsRelations.Store;
using JapanUsRelations.SyntheticCorpus;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Ingestion.Tests.Storage;

/// <summary>
/// Every query of the store (each <c>[StoreQuery]</c> field of the Store assembly, and the search query with every
/// filter) is planned by SQLite against a real ingested database, and no plan reads a whole table except those listed
/// in <see cref="AllowedScans"/> with their reason.
/// </summary>
public sealed partial class QueryPlanTests : IDisposable
{
    /// <summary>Tables a query may read whole, by query, and why.</summary>
    private static readonly Dictionary<string, (string Table, string Reason)[]> AllowedScans = new(StringComparer.Ordinal)
    {
        ["EditionReader.CatalogSql"] = [("e", "the catalog: every edition's row is the site's timeline, reports and ids (bylines come by primary key)")],
        ["DatabaseSchema.TablesSql"] = [("sqlite_master", "the schema: which migrations' tables exist, read once per database")],
        ["FactBook.CatalogueSql"] = [("fact_kind", "the fact-kind catalogue: a fixed list from the build's rules, not the corpus")],
        ["TopicBook.TopicsSql"] = [("topic", "the topic taxonomy: a fixed list from the build's rules, not the corpus")],
        ["TopicBook.TermsSql"] = [("topic_term", "the taxonomy's terms: a fixed list from the build's rules, not the corpus")],
        ["TopicBook.ThresholdSql"] = [("topic_threshold", "one row: the classifier's threshold")],
        ["EditionAliases.AllSql"] = [("edition_alias", "every alias, for tools and tests; no page runs it")],
    };

    private readonly string _root = Path.Combine(Path.GetTempPath(), "jur-plans-" + Guid.NewGuid().ToString("N"));

    /// <summary>Every SQL text the store runs, by owner and name.</summary>
    public static IReadOnlyList<(string Name, string Sql)> StoreQueries()
    {
        var queries = typeof(ReadStore).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(f => f.IsLiteral && f.GetCustomAttribute<StoreQueryAttribute>() is not null)
                .Select(f => ($"{t.Name}.{f.Name}", (string)f.GetRawConstantValue()!)))
            .ToList();
        var page = typeof(SearchIndex).GetMethod("PageSqlFor", BindingFlags.Static | BindingFlags.NonPublic)!;
        var count = typeof(SearchIndex).GetMethod("CountSqlFor", BindingFlags.Static | BindingFlags.NonPublic)!;
        var everyFilter = new SearchFilter(["2018", "2026-02-05"], "Congressional Research Service", "okinawa-and-bases");
        foreach (var order in Enum.GetValues<SearchOrder>())
        {
            queries.Add(($"SearchIndex.PageSqlFor(every filter, {order})", (string)page.Invoke(null, [everyFilter, order])!));
            queries.Add(($"SearchIndex.PageSqlFor(no filter, {order})", (string)page.Invoke(null, [new SearchFilter([], null, null), order])!));
        }

        queries.Add(("SearchIndex.CountSqlFor(every filter)", (string)count.Invoke(null, [everyFilter])!));
        queries.Add(("SearchIndex.CountSqlFor(no filter)", (string)count.Invoke(null, [new SearchFilter([], null, null)])!));
        return queries;
    }

    [Fact]
    public void Every_select_written_in_the_store_is_a_registered_query()
    {
        var queries = StoreQueries();
        queries.Should().HaveCountGreaterThan(15);
        string storeFolder = Path.Combine(RepositoryRoot.Required(), "src", "JapanUsRelations.Store");
        // The search queries are composed from parts (SearchIndex.PageSqlFor, CountSqlFor), planned above for every
        // filter and order, so their file is left out of this count.
        int written = Directory.GetFiles(storeFolder, "*.cs")
            .Where(file => Path.GetFileName(file) != "SearchIndex.cs")
            .SelectMany(File.ReadLines)
            .Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Sum(line => SelectWord().Matches(line).Count);
        int registered = queries.Where(q => !q.Name.StartsWith("SearchIndex.", StringComparison.Ordinal)).Sum(q => SelectWord().Matches(q.Sql).Count);
        written.Should().Be(registered, "every SELECT written in the store is in a [StoreQuery] field (or the search query), so the plan check sees it");
    }

    [Fact]
    public void No_store_query_scans_a_whole_table_on_the_seeds()
    {
        using var seeds = new TempSeeds();
        IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).Run(seeds.SeedsPath, seeds.DatabasePath);
        AssertNoScans(seeds.DatabasePath);
    }

    [Fact]
    public void No_store_query_scans_a_whole_table_on_a_synthetic_corpus()
    {
        string seedsOut = Path.Combine(_root, "corpus");
        CorpusGenerator.Generate(Seeds.Directory, seedsOut, new CorpusOptions { Editions = 40, Seed = 12 });
        string database = Path.Combine(_root, "editions.db");
        IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).Run(seedsOut, database);
        AssertNoScans(database);
    }

    [Fact]
    public void The_check_sees_a_full_scan_when_there_is_one()
    {
        using var seeds = new TempSeeds();
        IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).Run(seeds.SeedsPath, seeds.DatabasePath);
        using var connection = Database.Open(seeds.DatabasePath);
        FullScans(Plan(connection, "SELECT text FROM block WHERE text LIKE @q")).Should().Equal("block");
        FullScans(Plan(connection, "SELECT text FROM block WHERE edition_id = @id")).Should().BeEmpty();
    }

    private static void AssertNoScans(string database)
    {
        using var connection = Database.Open(database);
        var problems = new List<string>();
        foreach (var (name, sql) in StoreQueries())
        {
            var allowed = AllowedScans.GetValueOrDefault(name, []).Select(a => a.Table).ToHashSet(StringComparer.Ordinal);
            var plan = Plan(connection, sql);
            plan.Should().NotBeEmpty(name);
            problems.AddRange(FullScans(plan).Where(t => !allowed.Contains(t)).Select(t => $"{name} reads all of {t}: {string.Join(" / ", plan)}"));
        }

        problems.Should().BeEmpty();
    }

    /// <summary>The plan's lines (<c>EXPLAIN QUERY PLAN</c> detail column), every parameter bound to a placeholder value.</summary>
    private static List<string> Plan(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        string text = ListParameter().Replace(sql, "IN (@$1)");
        var parameters = new DynamicParameters();
        foreach (Match p in Parameter().Matches(text))
        {
            parameters.Add(p.Groups[1].Value, p.Groups[1].Value == "limit" ? 10 : (object)"okinawa");
        }

        return connection.Query<(long Id, long Parent, long NotUsed, string Detail)>("EXPLAIN QUERY PLAN " + text, parameters).Select(r => r.Detail).ToList();
    }

    /// <summary>Tables (or their aliases) a plan reads whole: <c>SCAN t</c> without an index; a virtual table's own index (FTS5) is an index.</summary>
    private static List<string> FullScans(IEnumerable<string> plan) => plan
        .Select(line => ScanLine().Match(line))
        .Where(m => m.Success && !m.Value.Contains(" USING ", StringComparison.Ordinal) && !m.Value.Contains("VIRTUAL TABLE INDEX", StringComparison.Ordinal))
        .Select(m => m.Groups[1].Value)
        .ToList();

    [GeneratedRegex(@"^SCAN (?!CONSTANT ROW)(\w+)(.*)$")]
    private static partial Regex ScanLine();

    [GeneratedRegex(@"@(\w+)")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"IN @(\w+)")]
    private static partial Regex ListParameter();

    [GeneratedRegex(@"\bSELECT\b")]
    private static partial Regex SelectWord();

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
