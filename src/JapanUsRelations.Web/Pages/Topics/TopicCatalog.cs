using System.Text.Json;
using Dapper;
using JapanUsRelations.Ingestion.Enrichment.Topics;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Storage;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>
/// The topics of the served database (tables of migration <c>004_topics.sql</c>), read once: the taxonomy and every
/// passage's topics, joined to the editions of <see cref="EditionCatalog"/>.
/// </summary>
public sealed class TopicCatalog
{
    private readonly EditionCatalog _editions;
    private readonly Lazy<(IReadOnlyList<TopicDefinition> Topics, ILookup<string, TopicPassage> Passages)> _data;

    /// <summary>Reads from the configured database.</summary>
    public TopicCatalog(EditionsOptions options, EditionCatalog editions)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(editions);
        _editions = editions;
        _data = new(() => Load(options.DatabasePath));
    }

    /// <summary>Every topic, in taxonomy order.</summary>
    public IReadOnlyList<TopicDefinition> Topics => _data.Value.Topics;

    /// <summary>The topic with this slug, or null.</summary>
    public TopicDefinition? Find(string slug) => Topics.FirstOrDefault(t => string.Equals(t.Slug, slug, StringComparison.Ordinal));

    /// <summary>The topic through every report edition (oldest first) and, apart, the reference sources.</summary>
    public TopicTimeline Timeline(TopicDefinition topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var passages = _data.Value.Passages[topic.Slug].ToList();
        List<TopicPassage> Of(Edition e) => passages.Where(p => p.Edition.Id == e.Id).OrderBy(p => p.Block.Ordinal).ToList();

        var entries = new List<TopicEditionEntry>();
        Edition? previous = null;
        foreach (var edition in _editions.Reports)
        {
            var own = Of(edition);
            string? section = own.OrderByDescending(p => p.Score).FirstOrDefault()?.Section.Slug;
            entries.Add(new TopicEditionEntry(edition, own, previous, previous is null ? null : Urls.Compare(previous.Id, edition.Id, section)));
            previous = edition;
        }

        var references = _editions.References.Select(r => new TopicEditionEntry(r, Of(r), null, null)).ToList();
        return new TopicTimeline(topic, entries, references);
    }

    private (IReadOnlyList<TopicDefinition>, ILookup<string, TopicPassage>) Load(string databasePath)
    {
        using var connection = Database.Open(databasePath);
        var terms = connection.Query<(string Topic, string Term, double Weight)>(
            "SELECT topic_slug, term, weight FROM topic_term ORDER BY topic_slug, ordinal").ToLookup(t => t.Topic, StringComparer.Ordinal);
        var topics = connection.Query<(string Slug, string Name, string Description)>("SELECT slug, name, description FROM topic ORDER BY ordinal")
            .Select(t => new TopicDefinition(t.Slug, t.Name, t.Description, terms[t.Slug].Select(x => new TopicTerm(x.Term, x.Weight)).ToList()))
            .ToList();

        var rows = connection.Query<(string Edition, string Anchor, string Topic, double Score, string Terms)>(
            """
            SELECT e.slug, b.anchor, bt.topic_slug, bt.score, bt.terms
            FROM block_topic bt
            JOIN block b ON b.id = bt.block_id
            JOIN edition e ON e.id = bt.edition_id
            ORDER BY e.slug, b.ordinal, bt.rank
            """);
        var blocks = _editions.All.ToDictionary(
            e => e.Id,
            e => e.AllBlocks().ToDictionary(b => b.Block.Anchor, b => b, StringComparer.Ordinal),
            StringComparer.Ordinal);
        var passages = rows
            .Where(r => blocks.TryGetValue(r.Edition, out var anchors) && anchors.ContainsKey(r.Anchor))
            .GroupBy(r => (r.Edition, r.Anchor))
            .SelectMany(g =>
            {
                var (section, block) = blocks[g.Key.Edition][g.Key.Anchor];
                var edition = _editions.Find(g.Key.Edition)!;
                double total = g.Sum(r => r.Score);
                int count = g.Count();
                return g.Select(r => (r.Topic, Passage: new TopicPassage(
                    edition, section, block, r.Score, JsonSerializer.Deserialize<List<string>>(r.Terms) ?? [], total > 0 ? r.Score / total : 1.0 / count)));
            })
            .ToLookup(x => x.Topic, x => x.Passage, StringComparer.Ordinal);
        return (topics, passages);
    }
}
