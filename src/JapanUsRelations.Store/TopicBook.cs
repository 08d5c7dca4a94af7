using Dapper;
using JapanUsRelations.Ingestion.Enrichment.Topics;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Storage;
using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Store;

/// <summary>
/// The topics of the served database: the taxonomy of tables <c>topic</c> and <c>topic_term</c> (migration 004), and
/// every passage's topics (<see cref="Edition.Topics"/>, read by <see cref="EditionReader"/>).
/// </summary>
public sealed class TopicBook
{
    private readonly ILookup<string, TopicPassage> _passages;

    /// <summary>Lines the editions' topic assignments up with the taxonomy.</summary>
    public TopicBook(EditionCatalog editions, IReadOnlyList<TopicDefinition> topics, double threshold)
    {
        ArgumentNullException.ThrowIfNull(editions);
        ArgumentNullException.ThrowIfNull(topics);
        Topics = topics;
        Threshold = threshold;
        _passages = editions.All.SelectMany(Passages).ToLookup(p => p.Topic, p => p.Passage, StringComparer.Ordinal);
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
        return _passages[topic].Where(p => p.Edition.Id == edition.Id).OrderBy(p => p.Block.Ordinal).ToList();
    }

    /// <summary>
    /// Reads the threshold the passages were classified with (table <c>topic_threshold</c>, migration 008); a database
    /// built before it gets the threshold of this build's taxonomy.
    /// </summary>
    public static double LoadThreshold(string databasePath)
    {
        using var connection = Database.Open(databasePath);
        return LoadThreshold(connection);
    }

    /// <summary>Reads the threshold through an open connection (a served snapshot's).</summary>
    public static double LoadThreshold(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return EditionReader.HasTable(connection, "topic_threshold")
            ? connection.QueryFirstOrDefault<double?>("SELECT min_score FROM topic_threshold LIMIT 1") ?? TopicTaxonomy.Default.MinScore
            : TopicTaxonomy.Default.MinScore;
    }

    /// <summary>Reads the taxonomy of tables <c>topic</c> and <c>topic_term</c> (empty before migration 004).</summary>
    public static IReadOnlyList<TopicDefinition> LoadTaxonomy(string databasePath)
    {
        using var connection = Database.Open(databasePath);
        return LoadTaxonomy(connection);
    }

    /// <summary>Reads the taxonomy through an open connection (a served snapshot's).</summary>
    public static IReadOnlyList<TopicDefinition> LoadTaxonomy(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!EditionReader.HasTable(connection, "topic"))
        {
            return [];
        }

        var terms = connection.Query<(string Topic, string Term, double Weight)>(
            "SELECT topic_slug, term, weight FROM topic_term ORDER BY topic_slug, ordinal").ToLookup(t => t.Topic, StringComparer.Ordinal);
        return connection.Query<(string Slug, string Name, string Description)>("SELECT slug, name, description FROM topic ORDER BY ordinal")
            .Select(t => new TopicDefinition(t.Slug, t.Name, t.Description, terms[t.Slug].Select(x => new TopicTerm(x.Term, x.Weight)).ToList()))
            .ToList();
    }

    private static IEnumerable<(string Topic, TopicPassage Passage)> Passages(Edition edition)
    {
        var blocks = edition.AllBlocks().ToDictionary(b => b.Block.Anchor, StringComparer.Ordinal);
        return edition.Topics
            .Where(t => blocks.ContainsKey(t.BlockAnchor))
            .GroupBy(t => t.BlockAnchor, StringComparer.Ordinal)
            .SelectMany(g =>
            {
                var (section, block) = blocks[g.Key];
                double total = g.Sum(t => t.Score);
                int count = g.Count();
                return g.Select(t => (t.Topic, new TopicPassage(edition, section, block, t.Score, t.Terms, total > 0 ? t.Score / total : 1.0 / count)));
            });
    }
}
