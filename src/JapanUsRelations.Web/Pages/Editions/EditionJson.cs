using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Editions;

/// <summary>The JSON shapes of the editions pages' twins (<c>/api/editions…</c>), built from the same model the pages show.</summary>
public static class EditionJson
{
    /// <summary>An edition's metadata, as listed in <c>/api/editions</c>.</summary>
    public static object Summary(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return new
        {
            id = edition.Id,
            title = edition.Title,
            publisher = edition.Publisher,
            series = edition.Series,
            reportNumber = edition.ReportNumber,
            published = EditionDisplay.IsoDate(edition),
            datePrecision = edition.DatePrecision.ToString().ToLowerInvariant(),
            dateInferred = edition.DateInferred,
            dateSource = edition.DateSource,
            kind = edition.Kind.ToString().ToLowerInvariant(),
            isGovernment = edition.IsGovernment,
            authors = edition.Authors.Select(a => new { name = a.Name, role = a.Role }),
            sourceFile = edition.SourceFile,
            sourceSha256 = edition.SourceSha256,
            url = Urls.Edition(edition.Id),
        };
    }

    /// <summary>A whole edition with its section tree (<c>/api/editions/{id}</c>).</summary>
    public static object Full(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return new
        {
            edition = Summary(edition),
            notes = edition.Notes.Select(n => new { kind = n.Kind, text = n.Text, items = n.Items, sourceLine = n.SourceLine }),
            repairs = edition.Repairs.Select(r => new { kind = r.Kind, detail = r.Detail, firstLine = r.FirstLine, lastLine = r.LastLine }),
            sections = edition.Sections.Select(s => Section(edition, s)),
        };
    }

    /// <summary>One section with its blocks and subsections (<c>/api/editions/{id}/{section}</c>).</summary>
    public static object Section(Edition edition, Section section)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(section);
        return new
        {
            slug = section.Slug,
            heading = section.Heading,
            level = section.Level,
            path = section.Path,
            isRunIn = section.IsRunIn,
            url = Urls.Section(edition.Id, section.Slug),
            paragraphs = section.Blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => new
            {
                anchor = b.Anchor, text = b.Text, html = b.Html, url = Urls.Block(edition.Id, section.Slug, b.Anchor), sourceLines = new[] { b.FirstLine, b.LastLine },
            }),
            tables = section.Blocks.Where(b => b.Table is not null).Select(b => new
            {
                anchor = b.Anchor, caption = b.Table!.Caption, units = b.Table.Units, source = b.Table.SourceNote,
                rows = b.Table.RowTexts(), boldCells = b.Table.Cells.Where(c => c.IsBold).Select(c => new[] { c.Row, c.Column }),
                url = Urls.Block(edition.Id, section.Slug, b.Anchor),
            }),
            lists = section.Blocks.Where(b => b.Kind == BlockKind.List).Select(b => new { anchor = b.Anchor, items = b.Items, url = Urls.Block(edition.Id, section.Slug, b.Anchor) }),
            sections = section.Children.Select(c => Section(edition, c)),
        };
    }

    /// <summary>The body of a 404 twin: what was asked for and what exists.</summary>
    public static object NotFound(string asked, IEnumerable<(string Label, string Url)> available) =>
        new { error = "not found", asked, available = available.Select(a => new { label = a.Label, url = a.Url }) };
}
