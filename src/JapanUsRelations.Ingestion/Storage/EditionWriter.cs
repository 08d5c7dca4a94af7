using System.Globalization;
using System.Text.Json;
using Dapper;
using JapanUsRelations.Ingestion.Model;
using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Ingestion.Storage;

/// <summary>Writes an edition's core rows: edition, authors, sections, blocks, cells, list items, notes, repairs.</summary>
public sealed class EditionWriter
{
    /// <summary>Writes the edition and returns its row id and the row id of every block by anchor.</summary>
    public (long EditionRowId, IReadOnlyDictionary<string, long> BlockIds) Write(SqliteConnection connection, SqliteTransaction transaction, Edition edition)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(edition);
        long editionId = connection.ExecuteScalar<long>(
            """
            INSERT INTO edition (slug, title, publisher, series, report_number, report_key, subject, published, date_precision,
                                 date_inferred, date_source, kind, is_government, source_file, source_sha256, source_format)
            VALUES (@Id, @Title, @Publisher, @Series, @ReportNumber, @ReportKey, @Subject, @Published, @Precision,
                    @DateInferred, @DateSource, @Kind, @IsGovernment, @SourceFile, @SourceSha256, @SourceFormat)
            RETURNING id
            """,
            new
            {
                edition.Id, edition.Title, edition.Publisher, edition.Series, edition.ReportNumber, edition.ReportKey, edition.Subject,
                Published = edition.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Precision = edition.DatePrecision.ToString(), edition.DateInferred, edition.DateSource,
                Kind = edition.Kind.ToString(), edition.IsGovernment, edition.SourceFile, edition.SourceSha256, edition.SourceFormat,
            },
            transaction);

        connection.Execute(
            "INSERT INTO author (edition_id, ordinal, name, role) VALUES (@editionId, @Ordinal, @Name, @Role)",
            edition.Authors.Select(a => new { editionId, a.Ordinal, a.Name, a.Role }), transaction);
        connection.Execute(
            "INSERT INTO edition_note (edition_id, ordinal, kind, text, items, source_line) VALUES (@editionId, @ordinal, @Kind, @Text, @items, @SourceLine)",
            edition.Notes.Select((n, i) => new { editionId, ordinal = i + 1, n.Kind, n.Text, items = JsonSerializer.Serialize(n.Items), n.SourceLine }), transaction);
        connection.Execute(
            "INSERT INTO repair (edition_id, ordinal, kind, detail, first_line, last_line) VALUES (@editionId, @ordinal, @Kind, @Detail, @FirstLine, @LastLine)",
            edition.Repairs.Select((r, i) => new { editionId, ordinal = i + 1, r.Kind, r.Detail, r.FirstLine, r.LastLine }), transaction);

        var blockIds = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var section in edition.Sections)
        {
            WriteSection(connection, transaction, editionId, null, section, blockIds);
        }

        return (editionId, blockIds);
    }

    private static void WriteSection(SqliteConnection connection, SqliteTransaction transaction, long editionId, long? parentId, Section section, Dictionary<string, long> blockIds)
    {
        long sectionId = connection.ExecuteScalar<long>(
            """
            INSERT INTO section (edition_id, parent_id, ordinal, level, heading, slug, path, is_run_in, source_line)
            VALUES (@editionId, @parentId, @Ordinal, @Level, @Heading, @Slug, @Path, @IsRunIn, @SourceLine)
            RETURNING id
            """,
            new { editionId, parentId, section.Ordinal, section.Level, section.Heading, section.Slug, section.Path, section.IsRunIn, section.SourceLine },
            transaction);

        foreach (var block in section.Blocks)
        {
            long blockId = connection.ExecuteScalar<long>(
                """
                INSERT INTO block (section_id, edition_id, ordinal, kind, anchor, text, markup, html, first_line, last_line, caption, units, source_note, notes)
                VALUES (@sectionId, @editionId, @Ordinal, @Kind, @Anchor, @Text, @Markup, @Html, @FirstLine, @LastLine, @Caption, @Units, @SourceNote, @notes)
                RETURNING id
                """,
                new
                {
                    sectionId, editionId, block.Ordinal, Kind = block.Kind.ToString(), block.Anchor, block.Text, block.Markup, block.Html,
                    block.FirstLine, block.LastLine, block.Table?.Caption, block.Table?.Units, block.Table?.SourceNote,
                    notes = JsonSerializer.Serialize(block.Table?.Notes ?? []),
                },
                transaction);
            blockIds[block.Anchor] = blockId;
            if (block.Table is { } table)
            {
                connection.Execute(
                    "INSERT INTO table_cell (block_id, row, col, text, is_header, is_bold) VALUES (@blockId, @Row, @Column, @Text, @IsHeader, @IsBold)",
                    table.Cells.Select(c => new { blockId, c.Row, c.Column, c.Text, c.IsHeader, c.IsBold }), transaction);
            }

            connection.Execute(
                "INSERT INTO list_item (block_id, ordinal, text) VALUES (@blockId, @ordinal, @text)",
                block.Items.Select((text, i) => new { blockId, ordinal = i + 1, text }), transaction);
        }

        foreach (var child in section.Children)
        {
            WriteSection(connection, transaction, editionId, sectionId, child, blockIds);
        }
    }
}
