using System.Globalization;
using System.Text.Json;
using JapanUsRelations.Ingestion.Model;
using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Ingestion.Storage;

/// <summary>Writes an edition's core rows: edition, authors, sections, blocks, cells, list items, notes, repairs.</summary>
public sealed class EditionWriter
{
    /// <summary>Writes the edition and returns its row id, the row id of every block by anchor and of every section by slug.</summary>
    public (long EditionRowId, IReadOnlyDictionary<string, long> BlockIds, IReadOnlyDictionary<string, long> SectionIds) Write(SqliteConnection connection, SqliteTransaction transaction, Edition edition)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(edition);
        long editionId = PreparedInsert.For(connection, InsertEdition).RunReturningId(
            transaction,
            edition.Id, edition.Title, edition.Publisher, edition.Series, edition.ReportNumber, edition.ReportKey, edition.Subject,
            edition.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), edition.DatePrecision.ToString(),
            edition.DateInferred, edition.DateSource, edition.Kind.ToString(), edition.IsGovernment, edition.SourceFile,
            edition.SourceSha256, edition.SourceFormat);

        var authors = PreparedInsert.For(connection, InsertAuthor);
        foreach (var a in edition.Authors)
        {
            authors.Run(transaction, editionId, a.Ordinal, a.Name, a.Role);
        }

        var notes = PreparedInsert.For(connection, InsertNote);
        for (int i = 0; i < edition.Notes.Count; i++)
        {
            var n = edition.Notes[i];
            notes.Run(transaction, editionId, i + 1, n.Kind, n.Text, JsonSerializer.Serialize(n.Items), n.SourceLine);
        }

        var repairs = PreparedInsert.For(connection, InsertRepair);
        for (int i = 0; i < edition.Repairs.Count; i++)
        {
            var r = edition.Repairs[i];
            repairs.Run(transaction, editionId, i + 1, r.Kind, r.Detail, r.FirstLine, r.LastLine);
        }

        var blockIds = new Dictionary<string, long>(StringComparer.Ordinal);
        var sectionIds = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var section in edition.Sections)
        {
            WriteSection(connection, transaction, editionId, null, section, blockIds, sectionIds);
        }

        return (editionId, blockIds, sectionIds);
    }

    private static void WriteSection(
        SqliteConnection connection, SqliteTransaction transaction, long editionId, long? parentId, Section section, Dictionary<string, long> blockIds, Dictionary<string, long> sectionIds)
    {
        long sectionId = PreparedInsert.For(connection, InsertSection).RunReturningId(
            transaction, editionId, parentId, section.Ordinal, section.Level, section.Heading, section.Slug, section.Path, section.IsRunIn, section.SourceLine);
        sectionIds.Add(section.Slug, sectionId);

        var blocks = PreparedInsert.For(connection, InsertBlock);
        var cells = PreparedInsert.For(connection, InsertCell);
        var items = PreparedInsert.For(connection, InsertItem);
        foreach (var block in section.Blocks)
        {
            long blockId = blocks.RunReturningId(
                transaction, sectionId, editionId, block.Ordinal, block.Kind.ToString(), block.Anchor, block.Text, block.Markup, block.Html,
                block.FirstLine, block.LastLine, block.Table?.Caption, block.Table?.Units, block.Table?.SourceNote,
                JsonSerializer.Serialize(block.Table?.Notes ?? []));
            blockIds[block.Anchor] = blockId;
            if (block.Table is { } table)
            {
                foreach (var c in table.Cells)
                {
                    cells.Run(transaction, blockId, c.Row, c.Column, c.Text, c.IsHeader, c.IsBold);
                }
            }

            for (int i = 0; i < block.Items.Count; i++)
            {
                items.Run(transaction, blockId, i + 1, block.Items[i]);
            }
        }

        foreach (var child in section.Children)
        {
            WriteSection(connection, transaction, editionId, sectionId, child, blockIds, sectionIds);
        }
    }

    private const string InsertEdition = """
        INSERT INTO edition (slug, title, publisher, series, report_number, report_key, subject, published, date_precision,
                             date_inferred, date_source, kind, is_government, source_file, source_sha256, source_format)
        VALUES (@Id, @Title, @Publisher, @Series, @ReportNumber, @ReportKey, @Subject, @Published, @Precision,
                @DateInferred, @DateSource, @Kind, @IsGovernment, @SourceFile, @SourceSha256, @SourceFormat)
        RETURNING id
        """;

    private const string InsertAuthor = "INSERT INTO author (edition_id, ordinal, name, role) VALUES (@editionId, @Ordinal, @Name, @Role)";

    private const string InsertNote =
        "INSERT INTO edition_note (edition_id, ordinal, kind, text, items, source_line) VALUES (@editionId, @ordinal, @Kind, @Text, @items, @SourceLine)";

    private const string InsertRepair =
        "INSERT INTO repair (edition_id, ordinal, kind, detail, first_line, last_line) VALUES (@editionId, @ordinal, @Kind, @Detail, @FirstLine, @LastLine)";

    private const string InsertSection = """
        INSERT INTO section (edition_id, parent_id, ordinal, level, heading, slug, path, is_run_in, source_line)
        VALUES (@editionId, @parentId, @Ordinal, @Level, @Heading, @Slug, @Path, @IsRunIn, @SourceLine)
        RETURNING id
        """;

    private const string InsertBlock = """
        INSERT INTO block (section_id, edition_id, ordinal, kind, anchor, text, markup, html, first_line, last_line, caption, units, source_note, notes)
        VALUES (@sectionId, @editionId, @Ordinal, @Kind, @Anchor, @Text, @Markup, @Html, @FirstLine, @LastLine, @Caption, @Units, @SourceNote, @notes)
        RETURNING id
        """;

    private const string InsertCell =
        "INSERT INTO table_cell (block_id, row, col, text, is_header, is_bold) VALUES (@blockId, @Row, @Column, @Text, @IsHeader, @IsBold)";

    private const string InsertItem = "INSERT INTO list_item (block_id, ordinal, text) VALUES (@blockId, @ordinal, @text)";
}
