using System.Text.Json;
using Dapper;
using JapanUsRelations.Ingestion.Model;
using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Store;

/// <summary>
/// Reads one edition's content (everything but its catalog row) by its row id, each table by an indexed
/// <c>WHERE edition_id = @id</c>: sections, blocks with their table cells and list items, notes, repairs, facts
/// (migration 003) and the blocks' topics (migration 004). Explicit column lists mapped by name.
/// </summary>
internal static class EditionContentReader
{
    [StoreQuery]
    internal const string SectionsSql =
        "SELECT id AS Id, parent_id AS ParentId, ordinal AS Ordinal, level AS Level, heading AS Heading, slug AS Slug, path AS Path, is_run_in AS IsRunIn, source_line AS SourceLine FROM section WHERE edition_id = @id ORDER BY ordinal";

    [StoreQuery]
    internal const string BlocksSql =
        """
        SELECT id AS Id, section_id AS SectionId, ordinal AS Ordinal, kind AS Kind, anchor AS Anchor, text AS Text, markup AS Markup, html AS Html,
               first_line AS FirstLine, last_line AS LastLine, caption AS Caption, units AS Units, source_note AS SourceNote, notes AS Notes
        FROM block WHERE edition_id = @id ORDER BY ordinal
        """;

    [StoreQuery]
    internal const string CellsSql =
        "SELECT c.block_id AS BlockId, c.row AS Row, c.col AS Col, c.text AS Text, c.is_header AS IsHeader, c.is_bold AS IsBold FROM block b JOIN table_cell c ON c.block_id = b.id WHERE b.edition_id = @id ORDER BY c.block_id, c.row, c.col";

    [StoreQuery]
    internal const string ItemsSql =
        "SELECT i.block_id AS BlockId, i.text AS Text FROM block b JOIN list_item i ON i.block_id = b.id WHERE b.edition_id = @id ORDER BY i.block_id, i.ordinal";

    [StoreQuery]
    internal const string NotesSql =
        "SELECT kind AS Kind, text AS Text, items AS Items, source_line AS SourceLine FROM edition_note WHERE edition_id = @id ORDER BY ordinal";

    [StoreQuery]
    internal const string RepairsSql =
        "SELECT kind AS Kind, detail AS Detail, first_line AS FirstLine, last_line AS LastLine FROM repair WHERE edition_id = @id ORDER BY ordinal";

    [StoreQuery]
    internal const string FactsSql =
        """
        SELECT b.anchor AS Anchor, f.kind AS Kind, f.text AS Text, f.quote AS Quote, f.offset_in_block AS Offset,
               f.number AS Number, f.value AS Value, f.unit AS Unit, f.qualifier AS Qualifier, f.data_year AS DataYear,
               f.row_label AS RowLabel, f.column_label AS ColumnLabel
        FROM fact f JOIN block b ON b.id = f.block_id
        WHERE f.edition_id = @id
        ORDER BY f.ordinal
        """;

    [StoreQuery]
    internal const string TopicsSql =
        """
        SELECT b.anchor AS Anchor, bt.topic_slug AS Topic, bt.score AS Score, bt.terms AS Terms
        FROM block_topic bt JOIN block b ON b.id = bt.block_id
        WHERE bt.edition_id = @id
        ORDER BY b.ordinal, bt.rank
        """;

    /// <summary>Reads the content of the edition with row id <paramref name="id"/>.</summary>
    public static EditionContent Load(SqliteConnection connection, DatabaseSchema schema, long id)
    {
        var args = new { id };
        var sections = connection.Query<SectionRow>(SectionsSql, args).ToList();
        var blocks = connection.Query<BlockRow>(BlocksSql, args).ToLookup(b => b.SectionId);
        var cells = connection.Query<CellRow>(CellsSql, args).ToLookup(c => c.BlockId);
        var items = connection.Query<ItemRow>(ItemsSql, args).ToLookup(i => i.BlockId);
        var notes = connection.Query<NoteRow>(NotesSql, args)
            .Select(n => new EditionNote(n.Kind, n.Text, JsonSerializer.Deserialize<List<string>>(n.Items) ?? [], (int)n.SourceLine)).ToList();
        var repairs = connection.Query<RepairRow>(RepairsSql, args)
            .Select(r => new Ingestion.Model.Repair(r.Kind, r.Detail, (int)r.FirstLine, (int)r.LastLine)).ToList();
        var facts = schema.Has("fact") ? connection.Query<FactRow>(FactsSql, args).Select(f => f.ToFact()).ToList() : [];
        var topics = schema.Has("block_topic")
            ? connection.Query<TopicRow>(TopicsSql, args).Select(t => new TopicAssignment(t.Topic, t.Anchor, t.Score, JsonSerializer.Deserialize<List<string>>(t.Terms) ?? [])).ToList()
            : [];
        long size = 0;

        Block ToBlock(BlockRow b)
        {
            size += b.Text.Length + b.Markup.Length + b.Html.Length;
            return new()
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
        }

        var children = sections.ToLookup(s => s.ParentId);
        Section ToSection(SectionRow s) => new()
        {
            Slug = s.Slug, Heading = s.Heading, Level = (int)s.Level, Ordinal = (int)s.Ordinal, Path = s.Path, IsRunIn = s.IsRunIn != 0,
            SourceLine = (int)s.SourceLine, Blocks = blocks[s.Id].Select(ToBlock).ToList(), Children = children[s.Id].Select(ToSection).ToList(),
        };

        var tree = sections.Where(s => s.ParentId is null).Select(ToSection).ToList();
        size += facts.Sum(f => f.Quote.Length + f.Text.Length + 64) + topics.Count * 64L;
        return new EditionContent(tree, notes, repairs, facts, topics) { Size = size };
    }

    // Rows are classes with setters: Dapper maps them by column name, in any order.
    private sealed class NoteRow
    {
        public string Kind { get; set; } = "";
        public string Text { get; set; } = "";
        public string Items { get; set; } = "[]";
        public long SourceLine { get; set; }
    }

    private sealed class RepairRow
    {
        public string Kind { get; set; } = "";
        public string Detail { get; set; } = "";
        public long FirstLine { get; set; }
        public long LastLine { get; set; }
    }

    private sealed class SectionRow
    {
        public long Id { get; set; }
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
        public string Anchor { get; set; } = "";
        public string Topic { get; set; } = "";
        public double Score { get; set; }
        public string Terms { get; set; } = "[]";
    }
}
