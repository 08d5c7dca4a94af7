using System.Text.Json;
using Dapper;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Storage;
using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Ingestion.Enrichment.Topics;

/// <summary>
/// Writes the taxonomy (<c>topic</c>, <c>topic_term</c>, and its threshold, <c>topic_threshold</c> of migration 008;
/// once per database) and an edition's assignments (<c>block_topic</c>) into the tables of migration <c>004_topics.sql</c>.
/// </summary>
public sealed class TopicWriter : IEditionTableWriter
{
    private readonly TopicTaxonomy _taxonomy;

    // The databases given the taxonomy already (asked once per database, not counted again for every edition).
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<SqliteConnection, object> _catalogued = [];

    // The JSON of each list of matched terms: the scorer hands the same list to every edition repeating a passage.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<string>, string> _termsJson = [];

    /// <summary>Writes the repository's taxonomy.</summary>
    public TopicWriter()
        : this(TopicTaxonomy.Default)
    {
    }

    /// <summary>Writes <paramref name="taxonomy"/>.</summary>
    public TopicWriter(TopicTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        _taxonomy = taxonomy;
    }

    /// <inheritdoc />
    public void Write(SqliteConnection connection, SqliteTransaction transaction, Edition edition, long editionRowId, IReadOnlyDictionary<string, long> blockIds)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(blockIds);
        if (!_catalogued.TryGetValue(connection, out _) && connection.ExecuteScalar<long>("SELECT COUNT(*) FROM topic", transaction: transaction) == 0)
        {
            connection.Execute(
                "INSERT INTO topic (slug, ordinal, name, description) VALUES (@Slug, @ordinal, @Name, @Description)",
                _taxonomy.Topics.Select((t, i) => new { t.Slug, ordinal = i + 1, t.Name, t.Description }), transaction);
            connection.Execute(
                "INSERT INTO topic_term (topic_slug, ordinal, term, weight) VALUES (@slug, @ordinal, @Phrase, @Weight)",
                _taxonomy.Topics.SelectMany(t => t.Terms.Select((term, i) => new { slug = t.Slug, ordinal = i + 1, term.Phrase, term.Weight })), transaction);
            connection.Execute("INSERT INTO topic_threshold (min_score) VALUES (@MinScore)", new { _taxonomy.MinScore }, transaction);
        }

        _catalogued.AddOrUpdate(connection, this);

        var insert = PreparedInsert.For(
            connection,
            """
            INSERT INTO block_topic (block_id, edition_id, topic_slug, rank, score, terms)
            VALUES (@blockId, @editionRowId, @Topic, @rank, @Score, @terms)
            """);
        foreach (var block in edition.Topics.Where(a => blockIds.ContainsKey(a.BlockAnchor)).GroupBy(a => a.BlockAnchor, StringComparer.Ordinal))
        {
            int rank = 0;
            foreach (var a in block)
            {
                insert.Run(transaction, blockIds[a.BlockAnchor], editionRowId, a.Topic, ++rank, a.Score, _termsJson.GetValue(a.Terms, static terms => JsonSerializer.Serialize(terms)));
            }
        }
    }
}
