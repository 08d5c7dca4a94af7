using System.Reflection;
using System.Text.RegularExpressions;
using Dapper;
using JapanUsRelations.Ingestion.Storage;
using JapanUsRelations.Ingestion.Tests.Support;
using JapanUsRelations.Lineage;
using JapanUsRelations.Store;
using JapanUsRelations.SyntheticCorpus;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Ingestion.Tests.Storage;

/// <summary>
/// Every query of the store (each <c>[StoreQuery]</c> field of the Store assembly, the lineage queries included, and
/// the search query with every filter) is planned by SQLite against a real database ingested with lineage
/// (<see cref="CorpusIngestion"/>), and no plan reads a whole table except those listed in <see cref="AllowedScans"/>
/// with their reason. Every SQL text written in the Store's sources (every folder) must be part of a planned query.
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
        ["LineageTimeline.TimelineSql"] = [("e", "the lineage timeline: one row per edition with its step, read whole once per database (steps by primary key)")],
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
    public void Every_sql_text_written_in_the_store_is_part_of_a_registered_query()
    {
        var queries = StoreQueries();
        queries.Should().HaveCountGreaterThan(30);
        queries.Where(q => q.Name.StartsWith("LineageBook.", StringComparison.Ordinal)).Should().HaveCountGreaterThanOrEqualTo(15, "the lineage queries are registered too");
        queries.Select(q => q.Name).Should().Contain(["LineageTimeline.TimelineSql", "LineageBook.ChainSql", "LineageBook.PlacesSql"]);
        string storeFolder = Path.Combine(RepositoryRoot.Required(), "src", "JapanUsRelations.Store");
        var sources = Directory.GetFiles(storeFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        sources.Should().Contain(f => f.EndsWith(Path.Combine("Lineage", "LineageBook.cs"), StringComparison.Ordinal));
        sources.Should().Contain(f => f.EndsWith(Path.Combine("Lineage", "LineageTimeline.cs"), StringComparison.Ordinal));

        string lineageBook = File.ReadAllText(sources.Single(f => f.EndsWith(Path.Combine("Lineage", "LineageBook.cs"), StringComparison.Ordinal)));
        LiteralPieces(lineageBook).Where(p => SqlWord().IsMatch(p)).Should().HaveCountGreaterThanOrEqualTo(18, "the reader sees the lineage SQL, raw and composed literals included");

        var unregistered = sources.SelectMany(f => UnregisteredSql(File.ReadAllText(f), queries).Select(sql => $"{Path.GetRelativePath(storeFolder, f)}: {sql}")).ToList();
        unregistered.Should().BeEmpty("every SQL text written in the store is (part of) a [StoreQuery] field or a registered composed query, so the plan check sees it");

        var inline = sources.SelectMany(f => InlineSql().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetRelativePath(storeFolder, f)}: {m.Value}")).ToList();
        inline.Should().BeEmpty("the store runs SQL from named constants (or a registered composer), never from a literal written at the call");
    }

    [Fact]
    public void The_source_check_sees_sql_that_is_not_registered()
    {
        IReadOnlyList<(string Name, string Sql)> registered = [("X.RegisteredSql", "SELECT id FROM block WHERE edition_id = @id ORDER BY ordinal")];
        // A constant part, a registered constant composed from it (a raw literal over lines), and a query composed from
        // the same part inline at the call: only the inline one is unregistered. Comments and messages are not SQL.
        const string Source = """"
            // SELECT nothing FROM a comment
            private const string Part = "SELECT id FROM block";
            [StoreQuery] private const string RegisteredSql = $"""
                {Part} WHERE edition_id = @id
                ORDER BY ordinal
                """;
            void Run() => connection.Query<long>($"{Part} WHERE text LIKE @q", new { q = '"' });
            string Message => $"unknown relation '{(a ? "x" : "y")}' in the lineage tables";
            """";
        UnregisteredSql(Source, registered).Should().Equal("WHERE text LIKE @q");
        InlineSql().Matches(Source).Select(m => m.Value).Should().Equal("connection.Query<long>($\"");
    }

    [Fact]
    public void No_store_query_scans_a_whole_table_on_the_seeds()
    {
        using var seeds = new TempSeeds();
        CorpusIngestion.CreateDefault(NullLoggerFactory.Instance).Run(seeds.SeedsPath, seeds.DatabasePath);
        AssertNoScans(seeds.DatabasePath);
    }

    [Fact]
    public void No_store_query_scans_a_whole_table_on_a_synthetic_corpus()
    {
        string seedsOut = Path.Combine(_root, "corpus");
        CorpusGenerator.Generate(Seeds.Directory, seedsOut, new CorpusOptions { Editions = 40, Seed = 12 });
        string database = Path.Combine(_root, "editions.db");
        CorpusIngestion.CreateDefault(NullLoggerFactory.Instance).Run(seedsOut, database);
        AssertNoScans(database);
    }

    [Fact]
    public void The_check_sees_a_full_scan_when_there_is_one()
    {
        using var seeds = new TempSeeds();
        CorpusIngestion.CreateDefault(NullLoggerFactory.Instance).Run(seeds.SeedsPath, seeds.DatabasePath);
        using var connection = Database.Open(seeds.DatabasePath);
        FullScans(Plan(connection, "SELECT text FROM block WHERE text LIKE @q"), "SELECT text FROM block WHERE text LIKE @q").Should().Equal("block");
        FullScans(Plan(connection, "SELECT text FROM block WHERE edition_id = @id"), "").Should().BeEmpty();
        FullScans(Plan(connection, "SELECT edition_id FROM block ORDER BY edition_id"), "").Should().Equal(["block"], "walking a whole index is reading the whole table");

        // A recursive CTE's own rows are read whole (that is how it recurses) and are not a table; a step that follows
        // an unindexed column reads the whole table (SQLite builds an automatic index over it, for every run).
        const string Indexed = "WITH RECURSIVE r(id) AS (SELECT @blockId UNION SELECT l.older_block_id FROM passage_link l JOIN r ON l.newer_block_id = r.id) SELECT id FROM r";
        const string Unindexed = "WITH RECURSIVE r(id) AS (SELECT @blockId UNION SELECT l.older_block_id FROM passage_link l JOIN r ON l.share = r.id) SELECT id FROM r";
        FullScans(Plan(connection, Indexed), Indexed).Should().BeEmpty();
        FullScans(Plan(connection, Unindexed), Unindexed).Should().Equal("l");

        // A list parameter is bound to a list, as Dapper runs it: a row-id list is searched by primary key.
        Plan(connection, "SELECT text FROM block WHERE id IN @ids").Should().ContainSingle(line => line.StartsWith("SEARCH block USING INTEGER PRIMARY KEY", StringComparison.Ordinal));
    }

    private static void AssertNoScans(string database)
    {
        using var connection = Database.Open(database);
        connection.ExecuteScalar<long>("SELECT COUNT(*) FROM passage_link").Should().BePositive("the database was ingested with lineage, so the lineage queries plan over real links");
        var problems = new List<string>();
        foreach (var (name, sql) in StoreQueries())
        {
            var allowed = AllowedScans.GetValueOrDefault(name, []).Select(a => a.Table).ToHashSet(StringComparer.Ordinal);
            var plan = Plan(connection, sql);
            plan.Should().NotBeEmpty(name);
            problems.AddRange(FullScans(plan, sql).Where(t => !allowed.Contains(t)).Select(t => $"{name} reads all of {t}: {string.Join(" / ", plan)}"));
        }

        problems.Should().BeEmpty();
    }

    /// <summary>
    /// The plan's lines (<c>EXPLAIN QUERY PLAN</c> detail column), every parameter bound to a plausible value of its
    /// kind read from the database (an edition with a predecessor, one of its sections and blocks, a block with links),
    /// a list parameter (<c>IN @ids</c>) to a list that Dapper expands as it does when the store runs the query.
    /// </summary>
    private static List<string> Plan(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        var values = PlausibleValues(connection);
        var lists = ListParameter().Matches(sql).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var parameters = new DynamicParameters();
        foreach (string name in Parameter().Matches(sql).Select(p => p.Groups[1].Value).Distinct(StringComparer.Ordinal))
        {
            object value = values.GetValueOrDefault(name, "okinawa");
            bool scalar = value is string or not System.Collections.IEnumerable;
            parameters.Add(name, lists.Contains(name) && scalar ? new[] { value } : value);
        }

        return connection.Query<(long Id, long Parent, long NotUsed, string Detail)>("EXPLAIN QUERY PLAN " + sql, parameters).Select(r => r.Detail).ToList();
    }

    // Values of the store's parameters, by name, taken from the database: a linked block, its section and edition.
    private static Dictionary<string, object> PlausibleValues(Microsoft.Data.Sqlite.SqliteConnection connection)
    {
        var block = connection.QueryFirstOrDefault<(long Id, long SectionId, long EditionRowId, long OlderRowId, string Anchor, string SectionSlug, string EditionId)>(
            """
            SELECT b.id, b.section_id, b.edition_id, st.older_edition_id, b.anchor, s.slug, e.slug
            FROM passage_link l JOIN block b ON b.id = l.newer_block_id JOIN section s ON s.id = b.section_id
            JOIN edition e ON e.id = b.edition_id JOIN edition_step st ON st.newer_edition_id = e.id
            ORDER BY l.newer_block_id LIMIT 1
            """);
        var ids = connection.Query<long>("SELECT older_block_id FROM passage_link WHERE newer_block_id = @id LIMIT 3", new { id = block.Id }).Append(block.Id).ToList();
        var editions = connection.Query<string>("SELECT slug FROM edition ORDER BY id LIMIT 2").ToList();
        return new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["blockId"] = block.Id,
            ["ids"] = ids,
            ["id"] = block.SectionId,
            ["newer"] = block.EditionRowId,
            ["older"] = block.OlderRowId,
            ["edition"] = block.EditionRowId,
            ["editionId"] = block.EditionId,
            ["editions"] = editions,
            ["anchor"] = block.Anchor,
            ["sectionSlug"] = block.SectionSlug,
            ["slug"] = block.SectionSlug,
            ["limit"] = 10,
            ["offset"] = 0,
        };
    }

    /// <summary>
    /// Tables (or their aliases) a plan reads whole: <c>SCAN t</c>, with or without an index (walking a whole index
    /// reads every row too), and <c>SEARCH t USING AUTOMATIC</c> (an index SQLite builds by reading the whole table, on
    /// every run). A virtual table's own index (FTS5) is an index, and a common table expression of
    /// <paramref name="sql"/> (a recursive query's rows) is not a table.
    /// </summary>
    private static List<string> FullScans(IEnumerable<string> plan, string sql)
    {
        var ctes = CommonTableExpression().Matches(sql).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return plan
            .Select(line => ScanLine().Match(line))
            .Where(m => m.Success && !m.Value.Contains("VIRTUAL TABLE INDEX", StringComparison.Ordinal))
            .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[3].Value)
            .Where(t => !ctes.Contains(t))
            .ToList();
    }

    /// <summary>The SQL-bearing pieces of <paramref name="source"/>'s string literals (text between holes) that no registered query contains.</summary>
    private static IEnumerable<string> UnregisteredSql(string source, IReadOnlyList<(string Name, string Sql)> queries)
    {
        var texts = queries.Select(q => Spaces().Replace(q.Sql, " ")).ToList();
        return LiteralPieces(source)
            .Select(piece => Spaces().Replace(piece, " ").Trim())
            .Where(piece => SqlWord().IsMatch(piece) && !texts.Exists(t => t.Contains(piece, StringComparison.Ordinal)))
            .ToList();
    }

    // The text of every string literal of a C# source (regular, verbatim, raw, interpolated), split at interpolation
    // holes; comments and character literals are skipped. Enough C# for the Store's sources, not a full lexer.
    private static List<string> LiteralPieces(string source)
    {
        var pieces = new List<string>();
        int i = 0;
        while (i < source.Length)
        {
            char c = source[i];
            if (c == '/' && i + 1 < source.Length && source[i + 1] == '/')
            {
                i = source.IndexOf('\n', i) is var end and >= 0 ? end : source.Length;
            }
            else if (c == '/' && i + 1 < source.Length && source[i + 1] == '*')
            {
                i = source.IndexOf("*/", i + 2, StringComparison.Ordinal) is var end and >= 0 ? end + 2 : source.Length;
            }
            else if (c == '\'')
            {
                i++;
                while (i < source.Length && source[i] != '\'')
                {
                    i += source[i] == '\\' ? 2 : 1;
                }

                i++;
            }
            else if (c == '"')
            {
                int p = i - 1;
                bool verbatim = false, interpolated = false;
                for (; p >= 0 && (source[p] == '@' || source[p] == '$'); p--)
                {
                    verbatim |= source[p] == '@';
                    interpolated |= source[p] == '$';
                }

                i = ReadLiteral(source, i, verbatim, interpolated, pieces);
            }
            else
            {
                i++;
            }
        }

        return pieces;
    }

    // Reads the literal whose first quote is at `start`; adds its pieces; returns the index after it.
    private static int ReadLiteral(string source, int start, bool verbatim, bool interpolated, List<string> pieces)
    {
        int quotes = 0;
        while (start + quotes < source.Length && source[start + quotes] == '"')
        {
            quotes++;
        }

        bool raw = quotes >= 3;
        if (!raw && quotes == 2)
        {
            return start + 2; // ""
        }

        int i = start + (raw ? quotes : 1);
        var piece = new System.Text.StringBuilder();
        while (i < source.Length)
        {
            char c = source[i];
            if (raw && string.CompareOrdinal(source, i, new string('"', quotes), 0, quotes) == 0)
            {
                i += quotes;
                break;
            }

            if (!raw && c == '"' && verbatim && i + 1 < source.Length && source[i + 1] == '"')
            {
                piece.Append('"');
                i += 2;
                continue;
            }

            if (!raw && c == '"')
            {
                i++;
                break;
            }

            if (!raw && !verbatim && c == '\\')
            {
                piece.Append(c).Append(source[i + 1]);
                i += 2;
                continue;
            }

            if (interpolated && c == '{' && !(i + 1 < source.Length && source[i + 1] == '{' && !raw))
            {
                pieces.Add(piece.ToString());
                piece.Clear();
                i = SkipHole(source, i + 1);
                continue;
            }

            piece.Append(c);
            i += interpolated && !raw && (c == '{' || c == '}') ? 2 : 1;
        }

        pieces.Add(piece.ToString());
        return i;
    }

    // Skips an interpolation hole (from after its `{`), over nested braces and strings; returns the index after its `}`.
    private static int SkipHole(string source, int i)
    {
        int depth = 1;
        while (i < source.Length && depth > 0)
        {
            char c = source[i];
            if (c == '"')
            {
                i = ReadLiteral(source, i, verbatim: false, interpolated: false, []);
                continue;
            }

            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            i++;
        }

        return i;
    }

    [GeneratedRegex(@"^(?:SCAN (?!CONSTANT ROW)(\w+)(.*)|SEARCH (\w+) USING AUTOMATIC .*)$")]
    private static partial Regex ScanLine();

    [GeneratedRegex(@"@(\w+)")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"IN @(\w+)")]
    private static partial Regex ListParameter();

    [GeneratedRegex(@"(?:\bWITH(?:\s+RECURSIVE)?|,)\s*(\w+)\s*(?:\([^()]*\))?\s+AS\s*\(", RegexOptions.IgnoreCase)]
    private static partial Regex CommonTableExpression();

    [GeneratedRegex(@"\b(?:SELECT|FROM|WHERE|JOIN|UNION|AND|ORDER BY|GROUP BY|LIMIT|INSERT|UPDATE|DELETE)\b")]
    private static partial Regex SqlWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // A Dapper call whose SQL is a literal written at the call (regular, verbatim, raw or interpolated); a PRAGMA (a
    // connection setting, no plan) may be.
    [GeneratedRegex(@"\b\w+\.(?:Query|QuerySingle|QuerySingleOrDefault|QueryFirst|QueryFirstOrDefault|QueryMultiple|Execute|ExecuteScalar|ExecuteReader)(?:<[^>()]*>)?\(\s*[$@]*""(?!PRAGMA\b)")]
    private static partial Regex InlineSql();

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
