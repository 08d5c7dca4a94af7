using Dapper;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Storage;
using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Ingestion.Enrichment.Facts;

/// <summary>
/// Writes the fact-kind catalogue (<c>fact_kind</c>; once per database, table kinds as their rows appear) and an
/// edition's facts (<c>fact</c>) into the tables of migration <c>003_facts.sql</c>.
/// </summary>
public sealed class FactWriter : IEditionTableWriter
{
    private readonly FactKindCatalogue _catalogue;

    // The databases whose catalogue rows are written already (once per database, not once per edition).
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<SqliteConnection, object> _catalogued = [];

    /// <summary>Writes the repository's catalogue.</summary>
    public FactWriter()
        : this(FactKindCatalogue.Default)
    {
    }

    /// <summary>Writes <paramref name="catalogue"/>.</summary>
    public FactWriter(FactKindCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        _catalogue = catalogue;
    }

    /// <inheritdoc />
    public void Write(SqliteConnection connection, SqliteTransaction transaction, Edition edition, long editionRowId, IReadOnlyDictionary<string, long> blockIds)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(blockIds);
        const string insertKind = """
            INSERT OR IGNORE INTO fact_kind (kind, ordinal, label, topic, value_type, unit, recognised)
            VALUES (@Kind, (SELECT COALESCE(MAX(ordinal), 0) + 1 FROM fact_kind), @Label, @Topic, @ValueType, @Unit, @Recognised)
            """;
        if (_catalogued.TryAdd(connection, this))
        {
            connection.Execute(insertKind, _catalogue.Kinds.Where(k => !k.IsTemplate), transaction);
        }
        var facts = edition.Facts.Where(f => blockIds.ContainsKey(f.BlockAnchor)).ToList();
        connection.Execute(
            insertKind,
            facts.Where(f => f is { Kind: not null, RowLabel: not null })
                .Select(f => _catalogue.Find(f.Kind!, f.RowLabel))
                .OfType<FactKind>(),
            transaction);
        connection.Execute(
            """
            INSERT INTO fact (edition_id, block_id, ordinal, kind, text, quote, offset_in_block, number, value, unit, qualifier, data_year, row_label, column_label)
            VALUES (@editionRowId, @blockId, @ordinal, @Kind, @Text, @Quote, @Offset, @number, @Value, @Unit, @Qualifier, @DataYear, @RowLabel, @ColumnLabel)
            """,
            facts.Select((f, i) => new
            {
                editionRowId, blockId = blockIds[f.BlockAnchor], ordinal = i + 1,
                Kind = f.Kind is not null && _catalogue.Find(f.Kind, f.RowLabel) is not null ? f.Kind : null,
                f.Text, f.Quote, f.Offset, number = (double?)f.Number, f.Value, f.Unit, f.Qualifier, f.DataYear, f.RowLabel, f.ColumnLabel,
            }),
            transaction);
    }
}
