using Dapper;
using JapanUsRelations.Ingestion.Storage;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>
/// The facts on each topic, per edition: the <c>fact</c> rows whose catalogue kind (<c>fact_kind.topic</c>, migration
/// <c>003_facts.sql</c>) names the topic. A database without the facts tables has no facts.
/// </summary>
public sealed class TopicFacts
{
    private readonly Lazy<ILookup<(string Topic, string Edition), TopicFact>> _facts;

    /// <summary>Reads from the configured database.</summary>
    public TopicFacts(EditionsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _facts = new(() => Load(options.DatabasePath));
    }

    /// <summary>The facts an edition states on a topic, in the order it states them.</summary>
    public IReadOnlyList<TopicFact> For(string topic, string editionId) => _facts.Value[(topic, editionId)].ToList();

    private static ILookup<(string, string), TopicFact> Load(string databasePath)
    {
        using var connection = Database.Open(databasePath);
        bool hasFacts = connection.ExecuteScalar<long>(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('fact', 'fact_kind')") == 2;
        if (!hasFacts)
        {
            return Array.Empty<(string, string, TopicFact)>().ToLookup(x => (x.Item1, x.Item2), x => x.Item3);
        }

        return connection.Query<(string Topic, string Edition, string Kind, string Label, string Text, string Quote, string Section, string Anchor)>(
                """
                SELECT k.topic, e.slug, f.kind, k.label, f.text, f.quote, s.slug, b.anchor
                FROM fact f
                JOIN fact_kind k ON k.kind = f.kind
                JOIN block b ON b.id = f.block_id
                JOIN section s ON s.id = b.section_id
                JOIN edition e ON e.id = f.edition_id
                ORDER BY e.slug, f.ordinal
                """)
            .ToLookup(
                r => (r.Topic, r.Edition),
                r => new TopicFact(r.Edition, r.Kind, r.Label, r.Text, r.Quote, Urls.Block(r.Edition, r.Section, r.Anchor)));
    }
}
