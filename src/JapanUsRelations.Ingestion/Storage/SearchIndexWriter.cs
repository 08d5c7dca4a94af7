using JapanUsRelations.Ingestion.Model;
using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Ingestion.Storage;

/// <summary>Fills the FTS5 <c>search_index</c> (migration 002) with every body block and its section heading.</summary>
public sealed class SearchIndexWriter : IEditionTableWriter
{
    /// <inheritdoc />
    public void Write(SqliteConnection connection, SqliteTransaction transaction, Edition edition, long editionRowId, IReadOnlyDictionary<string, long> blockIds)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(blockIds);
        var parents = edition.Sections.SelectMany(top => top.SelfAndDescendants().Select(s => (Section: s, Top: top)))
            .ToDictionary(p => p.Section.Slug, p => p.Top, StringComparer.Ordinal);
        var insert = PreparedInsert.For(
            connection,
            "INSERT INTO search_index (heading, text, edition_slug, section_slug, anchor, block_id) VALUES (@heading, @text, @editionSlug, @sectionSlug, @anchor, @blockId)");
        foreach (var item in edition.AllBlocks())
        {
            var top = parents[item.Section.Slug];
            string heading = ReferenceEquals(top, item.Section) ? item.Section.Heading ?? "" : $"{top.Heading} — {item.Section.Heading}";
            insert.Run(transaction, heading, item.Block.Text, edition.Id, item.Section.Slug, item.Block.Anchor, blockIds[item.Block.Anchor]);
        }
    }
}
