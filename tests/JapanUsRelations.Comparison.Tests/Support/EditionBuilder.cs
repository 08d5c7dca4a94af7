using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Comparison.Tests.Support;

/// <summary>Hand-made editions for engine tests: sections of paragraphs (and tables), anchored like the parser does.</summary>
public sealed class EditionBuilder(string id)
{
    private readonly List<(string? Heading, int Level, List<(string Text, Table? Table)> Blocks)> _sections = [];

    /// <summary>Adds a section with paragraphs.</summary>
    public EditionBuilder Section(string? heading, params string[] paragraphs) => Add(heading, 1, paragraphs);

    /// <summary>Adds a subsection with paragraphs.</summary>
    public EditionBuilder Subsection(string heading, params string[] paragraphs) => Add(heading, 2, paragraphs);

    /// <summary>Adds a table (rows of cells, header row first) to the last section.</summary>
    public EditionBuilder Table(params string[][] rows)
    {
        var cells = rows.SelectMany((r, i) => r.Select((c, j) => new TableCell(i, j, c, i == 0, false))).ToList();
        _sections[^1].Blocks.Add((string.Join("\n", rows.Select(r => string.Join("\t", r))), new Table("Figure", null, null, cells)));
        return this;
    }

    /// <summary>The edition.</summary>
    public Edition Build()
    {
        int p = 0, t = 0, ordinal = 0, s = 0;
        var top = new List<Section>();
        foreach (var (heading, level, blocks) in _sections)
        {
            string slug = heading is null ? "introduction" : new string(heading.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());
            var built = blocks.Select(b => new Block
            {
                Kind = b.Table is null ? BlockKind.Paragraph : BlockKind.Table,
                Anchor = b.Table is null ? $"p{++p}" : $"t{++t}",
                Ordinal = ++ordinal,
                Text = b.Text,
                Markup = b.Text,
                Html = b.Text,
                FirstLine = ordinal,
                LastLine = ordinal,
                Table = b.Table,
            }).ToList();
            var section = new Section { Slug = slug, Heading = heading, Level = level, Ordinal = ++s, Path = slug, SourceLine = s, Blocks = built };
            if (level == 2)
            {
                top[^1] = top[^1] with { Children = [.. top[^1].Children, section] };
            }
            else
            {
                top.Add(section);
            }
        }

        return new Edition
        {
            Id = id, Title = id, Publisher = "Test", DatePrecision = DatePrecision.None, Kind = EditionKind.Report,
            SourceFile = id + ".txt", SourceSha256 = id, SourceFormat = "plain", Sections = top,
        };
    }

    private EditionBuilder Add(string? heading, int level, string[] paragraphs)
    {
        _sections.Add((heading, level, paragraphs.Select(x => (x, (Table?)null)).ToList()));
        return this;
    }
}
