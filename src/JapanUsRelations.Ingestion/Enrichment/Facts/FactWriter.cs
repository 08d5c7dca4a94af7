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

    // The kinds each database was given already (the catalogue once per database, not once per edition; a table
    // kind the first time a row names it): asking again would be ignored by INSERT OR IGNORE anyway.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<SqliteConnection, HashSet<string>> _written = [];

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
        var written = _written.GetValue(connection, _ => new HashSet<string>(StringComparer.Ordinal));
        var kinds = PreparedInsert.For(connection, insertKind);
        void Catalogue(FactKind kind)
        {
            if (written.Add(kind.Kind))
            {
                kinds.Run(transaction, kind.Kind, kind.Label, kind.Topic, kind.ValueType, kind.Unit, kind.Recognised);
            }
        }

        if (written.Count == 0)
        {
            foreach (var kind in _catalogue.Kinds.Where(k => !k.IsTemplate))
            {
                Catalogue(kind);
            }
        }

        var known = new Dictionary<(string Kind, string? Row), FactKind?>();
        FactKind? Find(string kind, string? rowLabel) =>
            known.TryGetValue((kind, rowLabel), out var found) ? found : known[(kind, rowLabel)] = _catalogue.Find(kind, rowLabel);

        var facts = edition.Facts.Where(f => blockIds.ContainsKey(f.BlockAnchor)).ToList();
        foreach (var f in facts)
        {
            if (f is { Kind: not null, RowLabel: not null } && Find(f.Kind, f.RowLabel) is { } kind)
            {
                Catalogue(kind);
            }
        }

        var insert = PreparedInsert.For(
            connection,
            """
            INSERT INTO fact (edition_id, block_id, ordinal, kind, text, quote, offset_in_block, number, value, unit, qualifier, data_year, row_label, column_label)
            VALUES (@editionRowId, @blockId, @ordinal, @Kind, @Text, @Quote, @Offset, @number, @Value, @Unit, @Qualifier, @DataYear, @RowLabel, @ColumnLabel)
            """);
        for (int i = 0; i < facts.Count; i++)
        {
            var f = facts[i];
            insert.Run(
                transaction, editionRowId, blockIds[f.BlockAnchor], i + 1, f.Kind is not null && Find(f.Kind, f.RowLabel) is not null ? f.Kind : null,
                f.Text, f.Quote, f.Offset, (double?)f.Number, f.Value, f.Unit, f.Qualifier, f.DataYear, f.RowLabel, f.ColumnLabel);
        }
    }
}
