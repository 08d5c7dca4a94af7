using Dapper;
using JapanUsRelations.Ingestion.Enrichment.Topics;
using JapanUsRelations.Ingestion.Model;
using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Store;

/// <summary>
/// The topics of the served database: the taxonomy of tables <c>topic</c> and <c>topic_term</c> (migration 004), and
/// every passage's topics (<see cref="Edition.Topics"/>, read with the edition's content when first asked for).
/// </summary>
public sealed class TopicBook
{
    /// <summary>The taxonomy's terms: a fixed list from the build's rules, read whole.</summary>
    [StoreQuery]
    internal const string TermsSql = "SELECT topic_slug, term, weight FROM topic_term ORDER BY topic_slug, ordinal";

    /// <summary>The taxonomy's topics: a fixed list from the build's rules, read whole.</summary>
    [StoreQuery]
    internal const string TopicsSql = "SELECT slug, name, description FROM topic ORDER BY ordinal";

    /// <summary>The classifier's threshold: one row.</summary>
    [StoreQuery]
    internal const string ThresholdSql = "SELECT min_score FROM topic_threshold LIMIT 1";

    /// <summary>The editions with a passage on a topic (index <c>ix_block_topic_topic</c>, then each edition by its key).</summary>
    [StoreQuery]
    internal const string EditionsOnTopicSql =
        "SELECT DISTINCT e.slug FROM block_topic bt JOIN edition e ON e.id = bt.edition_id WHERE bt.topic_slug = @topic";

    private readonly EditionCatalog _editions;
    private readonly Func<string, IReadOnlySet<string>> _editionsOn;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlySet<string>> _speaking = new(StringComparer.Ordinal);

    /// <summary>Lines the editions' topic assignments up with the taxonomy (over editions in memory).</summary>
    public TopicBook(EditionCatalog editions, IReadOnlyList<TopicDefinition> topics, double threshold)
        : this(editions, topics, threshold, topic => (editions ?? throw new ArgumentNullException(nameof(editions))).All
            .Where(e => e.Topics.Any(t => t.Topic == topic)).Select(e => e.Id).ToHashSet(StringComparer.Ordinal))
    {
    }

    /// <summary>Lines the editions' topic assignments up with the taxonomy; <paramref name="editionsOn"/> names the editions speaking to a topic.</summary>
    internal TopicBook(EditionCatalog editions, IReadOnlyList<TopicDefinition> topics, double threshold, Func<string, IReadOnlySet<string>> editionsOn)
    {
        ArgumentNullException.ThrowIfNull(editions);
        ArgumentNullException.ThrowIfNull(topics);
        _editions = editions;
        _editionsOn = editionsOn;
        Topics = topics;
        Threshold = threshold;
    }

    /// <summary>The ids of the editions (and reference sources) with at least one passage on the topic.</summary>
    public IReadOnlySet<string> EditionsSpeakingTo(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return _speaking.GetOrAdd(topic, _editionsOn);
    }

    /// <summary>Every topic, in taxonomy order.</summary>
    public IReadOnlyList<TopicDefinition> Topics { get; }

    /// <summary>The least score that puts a passage on a topic by its terms alone.</summary>
    public double Threshold { get; }

    /// <summary>The topic with this slug, or null.</summary>
    public TopicDefinition? Find(string slug) => Topics.FirstOrDefault(t => string.Equals(t.Slug, slug, StringComparison.Ordinal));

    /// <summary>The topic's passages in one edition, in reading order.</summary>
    public IReadOnlyList<TopicPassage> Passages(string topic, Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var blocks = _editions.ContentOf(edition).Blocks;
        return edition.Topics
            .Where(t => blocks.ContainsKey(t.BlockAnchor))
            .GroupBy(t => t.BlockAnchor, StringComparer.Ordinal)
            .Where(g => g.Any(t => t.Topic == topic))
            .Select(g =>
            {
                var (section, block) = blocks[g.Key];
                double total = g.Sum(t => t.Score);
                int count = g.Count();
                var own = g.First(t => t.Topic == topic);
                return new TopicPassage(edition, section, block, own.Score, own.Terms, total > 0 ? own.Score / total : 1.0 / count);
            })
            .OrderBy(p => p.Block.Ordinal)
            .ToList();
    }

    /// <summary>Reads the ids of the editions with a passage on a topic (none before migration 004).</summary>
    internal static IReadOnlySet<string> LoadEditionsOn(SqliteConnection connection, DatabaseSchema schema, string topic) =>
        schema.Has("block_topic")
            ? connection.Query<string>(EditionsOnTopicSql, new { topic }).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Reads the threshold the passages were classified with (table <c>topic_threshold</c>, migration 008); a database
    /// built before it gets the threshold of this build's taxonomy.
    /// </summary>
    internal static double LoadThreshold(SqliteConnection connection, DatabaseSchema schema) =>
        schema.Has("topic_threshold")
            ? connection.QueryFirstOrDefault<double?>(ThresholdSql) ?? TopicTaxonomy.Default.MinScore
            : TopicTaxonomy.Default.MinScore;

    /// <summary>Reads the taxonomy of tables <c>topic</c> and <c>topic_term</c> (empty before migration 004).</summary>
    internal static IReadOnlyList<TopicDefinition> LoadTaxonomy(SqliteConnection connection, DatabaseSchema schema)
    {
        if (!schema.Has("topic"))
        {
            return [];
        }

        var terms = connection.Query<(string Topic, string Term, double Weight)>(TermsSql).ToLookup(t => t.Topic, StringComparer.Ordinal);
        return connection.Query<(string Slug, string Name, string Description)>(TopicsSql)
            .Select(t => new TopicDefinition(t.Slug, t.Name, t.Description, terms[t.Slug].Select(x => new TopicTerm(x.Term, x.Weight)).ToList()))
            .ToList();
    }
}
