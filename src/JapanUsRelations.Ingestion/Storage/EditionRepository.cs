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

    /// <summary>Edition ids handed out before that now redirect to another edition id (migration 006).</summary>
    public IReadOnlyList<Identity.EditionAlias> LoadAliases()
    {
        using var connection = Database.Open(_databasePath);
        return connection.Query<Identity.EditionAlias>("SELECT old_slug AS OldId, edition_slug AS EditionId FROM edition_alias ORDER BY old_slug").ToList();
    }

    /// <summary>Every edition, in publication order (undated last), fully loaded.</summary>
    public IReadOnlyList<Edition> LoadAll()
    {
        using var connection = Database.Open(_databasePath);
        var editions = connection.Query<EditionRow>(
            """
            SELECT id AS Id, slug AS Slug, title AS Title, publisher AS Publisher, series AS Series, report_number AS ReportNumber,
                   report_key AS ReportKey, subject AS Subject, published AS Published, date_precision AS DatePrecision,
                   date_inferred AS DateInferred, date_source AS DateSource, kind AS Kind, is_government AS IsGovernment,
                   source_file AS SourceFile, source_sha256 AS SourceSha256, source_format AS SourceFormat
            FROM edition ORDER BY published IS NULL, published, slug
            """).ToList();
        var authors = connection.Query<AuthorRow>("SELECT edition_id AS EditionId, ordinal, name, role FROM author ORDER BY ordinal").ToLookup(a => a.EditionId);
        var notes = connection.Query<NoteRow>("SELECT edition_id AS EditionId, kind, text, items, source_line AS SourceLine FROM edition_note ORDER BY ordinal").ToLookup(n => n.EditionId);
        var repairs = connection.Query<RepairRow>("SELECT edition_id AS EditionId, kind, detail, first_line AS FirstLine, last_line AS LastLine FROM repair ORDER BY ordinal").ToLookup(r => r.EditionId);
        var sections = connection.Query<SectionRow>("SELECT id, edition_id AS EditionId, parent_id AS ParentId, ordinal, level, heading, slug, path, is_run_in AS IsRunIn, source_line AS SourceLine FROM section ORDER BY ordinal").ToList();
        var blocks = connection.Query<BlockRow>("SELECT id, section_id AS SectionId, ordinal, kind, anchor, text, markup, html, first_line AS FirstLine, last_line AS LastLine, caption, units, source_note AS SourceNote, notes AS Notes FROM block ORDER BY ordinal").ToLookup(b => b.SectionId);
        var cells = connection.Query<CellRow>("SELECT block_id AS BlockId, row, col, text, is_header AS IsHeader, is_bold AS IsBold FROM table_cell ORDER BY row, col").ToLookup(c => c.BlockId);
        var items = connection.Query<ItemRow>("SELECT block_id AS BlockId, text FROM list_item ORDER BY ordinal").ToLookup(i => i.BlockId);

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
            Repairs = repairs[e.Id].Select(r => new Model.Repair(r.Kind, r.Detail, (int)r.FirstLine, (int)r.LastLine)).ToList(),
            Sections = sections.Where(s => s.EditionId == e.Id && s.ParentId is null).Select(ToSection).ToList(),
        }).ToList();
    }

    private sealed record EditionRow(
        long Id, string Slug, string Title, string Publisher, string? Series, string? ReportNumber, string ReportKey, string Subject, string? Published,
        string DatePrecision, long DateInferred, string DateSource, string Kind, long IsGovernment, string SourceFile, string SourceSha256, string SourceFormat);

    private sealed record AuthorRow(long EditionId, long Ordinal, string Name, string? Role);

    private sealed record NoteRow(long EditionId, string Kind, string Text, string Items, long SourceLine);

    private sealed record RepairRow(long EditionId, string Kind, string Detail, long FirstLine, long LastLine);

    private sealed record SectionRow(long Id, long EditionId, long? ParentId, long Ordinal, long Level, string? Heading, string Slug, string Path, long IsRunIn, long SourceLine);

    private sealed record BlockRow(long Id, long SectionId, long Ordinal, string Kind, string Anchor, string Text, string Markup, string Html, long FirstLine, long LastLine, string? Caption, string? Units, string? SourceNote, string Notes);

    private sealed record CellRow(long BlockId, long Row, long Col, string Text, long IsHeader, long IsBold);

    private sealed record ItemRow(long BlockId, string Text);
}
