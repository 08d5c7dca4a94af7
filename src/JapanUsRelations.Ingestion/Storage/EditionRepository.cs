using System.Globalization;
using System.Text.Json;
using Dapper;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Storage;

/// <summary>Reads editions back from the database into the model (structure only; features query their own tables).</summary>
public sealed class EditionRepository
{
    private readonly string _databasePath;

    /// <summary>Creates a repository over a database file.</summary>
    public EditionRepository(string databasePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        _databasePath = databasePath;
    }

    /// <summary>Every edition, in publication order (undated last), fully loaded.</summary>
    public IReadOnlyList<Edition> LoadAll()
    {
        using var connection = Database.Open(_databasePath);
        var editions = connection.Query<EditionRow>("SELECT * FROM edition ORDER BY published IS NULL, published, slug").ToList();
        var authors = connection.Query<AuthorRow>("SELECT edition_id AS EditionId, ordinal, name, role FROM author ORDER BY ordinal").ToLookup(a => a.EditionId);
        var notes = connection.Query<NoteRow>("SELECT edition_id AS EditionId, kind, text, items, source_line AS SourceLine FROM edition_note ORDER BY ordinal").ToLookup(n => n.EditionId);
        var repairs = connection.Query<RepairRow>("SELECT edition_id AS EditionId, kind, detail, first_line AS FirstLine, last_line AS LastLine FROM repair ORDER BY ordinal").ToLookup(r => r.EditionId);
        var sections = connection.Query<SectionRow>("SELECT id, edition_id AS EditionId, parent_id AS ParentId, ordinal, level, heading, slug, path, is_run_in AS IsRunIn, source_line AS SourceLine FROM section ORDER BY ordinal").ToList();
        var blocks = connection.Query<BlockRow>("SELECT id, section_id AS SectionId, ordinal, kind, anchor, text, markup, html, first_line AS FirstLine, last_line AS LastLine, caption, units, source_note AS SourceNote FROM block ORDER BY ordinal").ToLookup(b => b.SectionId);
        var cells = connection.Query<CellRow>("SELECT block_id AS BlockId, row, col, text, is_header AS IsHeader, is_bold AS IsBold FROM table_cell ORDER BY row, col").ToLookup(c => c.BlockId);
        var items = connection.Query<ItemRow>("SELECT block_id AS BlockId, text FROM list_item ORDER BY ordinal").ToLookup(i => i.BlockId);

        Block ToBlock(BlockRow b) => new()
        {
            Kind = Enum.Parse<BlockKind>(b.Kind), Anchor = b.Anchor, Ordinal = (int)b.Ordinal, Text = b.Text, Markup = b.Markup, Html = b.Html,
            FirstLine = (int)b.FirstLine, LastLine = (int)b.LastLine, Items = items[b.Id].Select(i => i.Text).ToList(),
            Table = cells[b.Id].Any() || b.Kind == nameof(BlockKind.Table)
                ? new Table(b.Caption, b.Units, b.SourceNote, cells[b.Id].Select(c => new TableCell((int)c.Row, (int)c.Col, c.Text, c.IsHeader != 0, c.IsBold != 0)).ToList())
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
            Id = e.Slug, Title = e.Title, Publisher = e.Publisher, Series = e.Series, ReportNumber = e.Report_Number,
            Published = e.Published is null ? null : DateOnly.ParseExact(e.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            DatePrecision = Enum.Parse<DatePrecision>(e.Date_Precision), DateInferred = e.Date_Inferred != 0, DateSource = e.Date_Source,
            Kind = Enum.Parse<EditionKind>(e.Kind), IsGovernment = e.Is_Government != 0, SourceFile = e.Source_File, SourceSha256 = e.Source_Sha256,
            SourceFormat = e.Source_Format,
            Authors = authors[e.Id].Select(a => new Author((int)a.Ordinal, a.Name, a.Role)).ToList(),
            Notes = notes[e.Id].Select(n => new EditionNote(n.Kind, n.Text, JsonSerializer.Deserialize<List<string>>(n.Items) ?? [], (int)n.SourceLine)).ToList(),
            Repairs = repairs[e.Id].Select(r => new Model.Repair(r.Kind, r.Detail, (int)r.FirstLine, (int)r.LastLine)).ToList(),
            Sections = sections.Where(s => s.EditionId == e.Id && s.ParentId is null).Select(ToSection).ToList(),
        }).ToList();
    }

    private sealed record EditionRow(long Id, string Slug, string Title, string Publisher, string? Series, string? Report_Number, string? Published,
        string Date_Precision, long Date_Inferred, string Date_Source, string Kind, long Is_Government, string Source_File, string Source_Sha256, string Source_Format);

    private sealed record AuthorRow(long EditionId, long Ordinal, string Name, string? Role);

    private sealed record NoteRow(long EditionId, string Kind, string Text, string Items, long SourceLine);

    private sealed record RepairRow(long EditionId, string Kind, string Detail, long FirstLine, long LastLine);

    private sealed record SectionRow(long Id, long EditionId, long? ParentId, long Ordinal, long Level, string? Heading, string Slug, string Path, long IsRunIn, long SourceLine);

    private sealed record BlockRow(long Id, long SectionId, long Ordinal, string Kind, string Anchor, string Text, string Markup, string Html, long FirstLine, long LastLine, string? Caption, string? Units, string? SourceNote);

    private sealed record CellRow(long BlockId, long Row, long Col, string Text, long IsHeader, long IsBold);

    private sealed record ItemRow(long BlockId, string Text);
}
