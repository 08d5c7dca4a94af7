using System.Globalization;
using System.Text.Json;
using Dapper;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Storage;
using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Store;

/// <summary>
/// Reads every edition back from the database into the model, with what enrichment found in it: its facts
/// (migration 003) and its passages' topics (migration 004). Explicit column lists mapped by name, so a column added
/// by a later migration changes nothing here until it is read.
/// </summary>
public static class EditionReader
{
    /// <summary>Every edition, in publication order (undated last), fully loaded.</summary>
    public static IReadOnlyList<Edition> LoadAll(string databasePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        using var connection = Database.Open(databasePath);
        return LoadAll(connection);
    }

    /// <summary>Every edition, read through an open connection (a served snapshot's).</summary>
    public static IReadOnlyList<Edition> LoadAll(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var editions = connection.Query<EditionRow>(
            """
            SELECT id AS Id, slug AS Slug, title AS Title, publisher AS Publisher, series AS Series, report_number AS ReportNumber,
                   report_key AS ReportKey, subject AS Subject, published AS Published, date_precision AS DatePrecision, date_inferred AS DateInferred, date_source AS DateSource,
                   kind AS Kind, is_government AS IsGovernment, source_file AS SourceFile, source_sha256 AS SourceSha256,
                   source_format AS SourceFormat
            FROM edition ORDER BY published IS NULL, published, slug
            """).ToList();
        var authors = connection.Query<AuthorRow>("SELECT edition_id AS EditionId, ordinal AS Ordinal, name AS Name, role AS Role FROM author ORDER BY ordinal").ToLookup(a => a.EditionId);
        var notes = connection.Query<NoteRow>("SELECT edition_id AS EditionId, kind AS Kind, text AS Text, items AS Items, source_line AS SourceLine FROM edition_note ORDER BY ordinal").ToLookup(n => n.EditionId);
        var repairs = connection.Query<RepairRow>("SELECT edition_id AS EditionId, kind AS Kind, detail AS Detail, first_line AS FirstLine, last_line AS LastLine FROM repair ORDER BY ordinal").ToLookup(r => r.EditionId);
        var sections = connection.Query<SectionRow>(
            "SELECT id AS Id, edition_id AS EditionId, parent_id AS ParentId, ordinal AS Ordinal, level AS Level, heading AS Heading, slug AS Slug, path AS Path, is_run_in AS IsRunIn, source_line AS SourceLine FROM section ORDER BY ordinal")
            .ToList();
        var blocks = connection.Query<BlockRow>(
            """
            SELECT id AS Id, section_id AS SectionId, ordinal AS Ordinal, kind AS Kind, anchor AS Anchor, text AS Text, markup AS Markup, html AS Html,
                   first_line AS FirstLine, last_line AS LastLine, caption AS Caption, units AS Units, source_note AS SourceNote, notes AS Notes
            FROM block ORDER BY ordinal
            """).ToLookup(b => b.SectionId);
        var cells = connection.Query<CellRow>("SELECT block_id AS BlockId, row AS Row, col AS Col, text AS Text, is_header AS IsHeader, is_bold AS IsBold FROM table_cell ORDER BY row, col").ToLookup(c => c.BlockId);
        var items = connection.Query<ItemRow>("SELECT block_id AS BlockId, text AS Text FROM list_item ORDER BY ordinal").ToLookup(i => i.BlockId);
        var facts = HasTable(connection, "fact") ? LoadFacts(connection) : Enumerable.Empty<Fact>().ToLookup(_ => 0L);
        var topics = HasTable(connection, "block_topic") ? LoadTopics(connection) : Enumerable.Empty<TopicAssignment>().ToLookup(_ => 0L);

        Block ToBlock(BlockRow b) => new()
        {
            Kind = Enum.Parse<BlockKind>(b.Kind), Anchor = b.Anchor, Ordinal = (int)b.Ordinal, Text = b.Text, Markup = b.Markup, Html = b.Html,
            FirstLine = (int)b.FirstLine, LastLine = (int)b.LastLine, Items = items[b.Id].Select(i => i.Text).ToList(),
            Table = cells[b.Id].Any() || b.Kind is nameof(BlockKind.Table) or nameof(BlockKind.Figure)
                ? new Table(b.Caption, b.Units, b.SourceNote, cells[b.Id].Select(c => new TableCell((int)c.Row, (int)c.Col, c.Text, c.IsHeader != 0, c.IsBold != 0)).ToList())
                {
                    Notes = JsonSerializer.Deserialize<List<string>>(b.Notes) ?? [],
                }
                : null,
        };

        var children = sections.ToLookup(s => s.ParentId);
        Section ToSection(SectionRow s) => new()
        {
            Slug = s.Slug, Heading = s.Heading, Level = (int)s.Level, Ordinal = (int)s.Ordinal, Path = s.Path, IsRunIn = s.IsRunIn != 0,
            SourceLine = (int)s.SourceLine, Blocks = blocks[s.Id].Select(ToBlock).ToList(), Children = children[s.Id].Select(ToSection).ToList(),
        };

        return editions.Select(e => new Edition
        {
            Id = e.Slug, Title = e.Title, Publisher = e.Publisher, Series = e.Series, ReportNumber = e.ReportNumber,
            ReportKey = e.ReportKey, Subject = e.Subject,
            Published = e.Published is null ? null : DateOnly.ParseExact(e.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            DatePrecision = Enum.Parse<DatePrecision>(e.DatePrecision), DateInferred = e.DateInferred != 0, DateSource = e.DateSource,
            Kind = Enum.Parse<EditionKind>(e.Kind), IsGovernment = e.IsGovernment != 0, SourceFile = e.SourceFile, SourceSha256 = e.SourceSha256,
            SourceFormat = e.SourceFormat,
            Authors = authors[e.Id].Select(a => new Author((int)a.Ordinal, a.Name, a.Role)).ToList(),
            Notes = notes[e.Id].Select(n => new EditionNote(n.Kind, n.Text, JsonSerializer.Deserialize<List<string>>(n.Items) ?? [], (int)n.SourceLine)).ToList(),
            Repairs = repairs[e.Id].Select(r => new Ingestion.Model.Repair(r.Kind, r.Detail, (int)r.FirstLine, (int)r.LastLine)).ToList(),
            Sections = sections.Where(s => s.EditionId == e.Id && s.ParentId is null).Select(ToSection).ToList(),
            Facts = facts[e.Id].ToList(),
            Topics = topics[e.Id].ToList(),
        }).ToList();
    }

    /// <summary>True when a migration's table exists (a database built before it has none).</summary>
    internal static bool HasTable(SqliteConnection connection, string table) =>
        connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = @table", new { table }) > 0;

    private static ILookup<long, Fact> LoadFacts(SqliteConnection connection) => connection.Query<FactRow>(
        """
        SELECT f.edition_id AS EditionId, b.anchor AS Anchor, f.kind AS Kind, f.text AS Text, f.quote AS Quote, f.offset_in_block AS Offset,
               f.number AS Number, f.value AS Value, f.unit AS Unit, f.qualifier AS Qualifier, f.data_year AS DataYear,
               f.row_label AS RowLabel, f.column_label AS ColumnLabel
        FROM fact f JOIN block b ON b.id = f.block_id
        ORDER BY f.edition_id, f.ordinal
        """).ToLookup(f => f.EditionId, f => f.ToFact());

    private static ILookup<long, TopicAssignment> LoadTopics(SqliteConnection connection) => connection.Query<TopicRow>(
        """
        SELECT bt.edition_id AS EditionId, b.anchor AS Anchor, bt.topic_slug AS Topic, bt.score AS Score, bt.terms AS Terms
        FROM block_topic bt JOIN block b ON b.id = bt.block_id
        ORDER BY bt.edition_id, b.ordinal, bt.rank
        """).ToLookup(t => t.EditionId, t => new TopicAssignment(t.Topic, t.Anchor, t.Score, JsonSerializer.Deserialize<List<string>>(t.Terms) ?? []));

    // Rows are classes with setters: Dapper maps them by column name, in any order.
    private sealed class EditionRow
    {
        public long Id { get; set; }
        public string Slug { get; set; } = "";
        public string Title { get; set; } = "";
        public string Publisher { get; set; } = "";
        public string? Series { get; set; }
        public string? ReportNumber { get; set; }
        public string ReportKey { get; set; } = "";
        public string Subject { get; set; } = "";
        public string? Published { get; set; }
        public string DatePrecision { get; set; } = "";
        public long DateInferred { get; set; }
        public string DateSource { get; set; } = "";
        public string Kind { get; set; } = "";
        public long IsGovernment { get; set; }
        public string SourceFile { get; set; } = "";
        public string SourceSha256 { get; set; } = "";
        public string SourceFormat { get; set; } = "";
    }

    private sealed class AuthorRow
    {
        public long EditionId { get; set; }
        public long Ordinal { get; set; }
        public string Name { get; set; } = "";
        public string? Role { get; set; }
    }

    private sealed class NoteRow
    {
        public long EditionId { get; set; }
        public string Kind { get; set; } = "";
        public string Text { get; set; } = "";
        public string Items { get; set; } = "[]";
        public long SourceLine { get; set; }
    }

    private sealed class RepairRow
    {
        public long EditionId { get; set; }
        public string Kind { get; set; } = "";
        public string Detail { get; set; } = "";
        public long FirstLine { get; set; }
        public long LastLine { get; set; }
    }

    private sealed class SectionRow
    {
        public long Id { get; set; }
        public long EditionId { get; set; }
        public long? ParentId { get; set; }
        public long Ordinal { get; set; }
        public long Level { get; set; }
        public string? Heading { get; set; }
        public string Slug { get; set; } = "";
        public string Path { get; set; } = "";
        public long IsRunIn { get; set; }
        public long SourceLine { get; set; }
    }

    private sealed class BlockRow
    {
        public long Id { get; set; }
        public long SectionId { get; set; }
        public long Ordinal { get; set; }
        public string Kind { get; set; } = "";
        public string Anchor { get; set; } = "";
        public string Text { get; set; } = "";
        public string Markup { get; set; } = "";
        public string Html { get; set; } = "";
        public long FirstLine { get; set; }
        public long LastLine { get; set; }
        public string? Caption { get; set; }
        public string? Units { get; set; }
        public string? SourceNote { get; set; }
        public string Notes { get; set; } = "[]";
    }

    private sealed class CellRow
    {
        public long BlockId { get; set; }
        public long Row { get; set; }
        public long Col { get; set; }
        public string Text { get; set; } = "";
        public long IsHeader { get; set; }
        public long IsBold { get; set; }
    }

    private sealed class ItemRow
    {
        public long BlockId { get; set; }
        public string Text { get; set; } = "";
    }

    private sealed class FactRow
    {
        public long EditionId { get; set; }
        public string Anchor { get; set; } = "";
        public string? Kind { get; set; }
        public string Text { get; set; } = "";
        public string Quote { get; set; } = "";
        public long Offset { get; set; }
        public double? Number { get; set; }
        public string Value { get; set; } = "";
        public string? Unit { get; set; }
        public string? Qualifier { get; set; }
        public long? DataYear { get; set; }
        public string? RowLabel { get; set; }
        public string? ColumnLabel { get; set; }

        public Fact ToFact() => new()
        {
            Kind = Kind, BlockAnchor = Anchor, Text = Text, Quote = Quote, Offset = (int)Offset,
            Number = Number is { } n ? (decimal)n : null, Value = Value, Unit = Unit, Qualifier = Qualifier,
            DataYear = DataYear is { } y ? (int)y : null, RowLabel = RowLabel, ColumnLabel = ColumnLabel,
        };
    }

    private sealed class TopicRow
    {
        public long EditionId { get; set; }
        public string Anchor { get; set; } = "";
        public string Topic { get; set; } = "";
        public double Score { get; set; }
        public string Terms { get; set; } = "[]";
    }
}
