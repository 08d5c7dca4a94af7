using System.Globalization;
using System.Text;
using JapanUsRelations.Ingestion.Blocks;
using JapanUsRelations.Ingestion.Classification;
using JapanUsRelations.Ingestion.Inline;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Reading;
using JapanUsRelations.Ingestion.Repair;

namespace JapanUsRelations.Ingestion.Tests.Stages;

/// <summary>Runs the stages up to the one a spec is about and writes its output as the spec's expected text.</summary>
public static class StageRender
{
    /// <summary>Stage 1: the format detected, then every line (<c>|</c> marks the start); or the error.</summary>
    public static string Read(StageExample example) => Guard(() =>
    {
        var text = SeedReader.Read(StageSpec.Seed(example));
        return "format: " + text.Format.ToString().ToLowerInvariant() + "\n" + string.Join('\n', text.Lines.Select(l => "|" + l));
    });

    /// <summary>Stage 2: each raw block with its first and last source line.</summary>
    public static string Block(StageExample example) => Guard(() =>
        string.Join('\n', BlockSplitter.Split(SeedReader.Read(StageSpec.Seed(example)))
            .Select(b => $"[{b.FirstLine}-{b.LastLine}]\n" + string.Join('\n', b.Lines.Select(l => "|" + l)))));

    /// <summary>Stage 3: each block's role (with its heading level, when it has one) and reading text.</summary>
    public static string Classify(StageExample example) => Guard(() => string.Join('\n', Classified(example).Select(Describe)));

    /// <summary>Stage 4a: the blocks after page-break joins, then each repair.</summary>
    public static string Repair(StageExample example) => Guard(() =>
    {
        var joined = PageBreakJoiner.Join(Classified(example));
        return string.Join('\n', joined.Blocks.Select(Describe).Concat(joined.Repairs.Select(Describe)));
    });

    /// <summary>Stage 4b: the title as repaired from the example's two lines (title, opening sentence), and why.</summary>
    public static string Title(StageExample example)
    {
        ArgumentNullException.ThrowIfNull(example);
        var lines = example.Input.TrimEnd('\n').Split('\n');
        var (title, detail) = TitleRepairer.Repair(lines[0], lines[1]);
        return title + "\n" + (detail ?? "(no repair)");
    }

    /// <summary>Stage 5: the edition's metadata, its section tree with every block, then the repairs.</summary>
    public static string Structure(StageExample example) => Guard(() =>
    {
        var edition = EditionParser.Parse(StageSpec.Seed(example), null);
        var sb = new StringBuilder();
        sb.Append("id: ").Append(edition.Id).Append('\n');
        sb.Append("title: ").Append(edition.Title).Append('\n');
        sb.Append("publisher: ").Append(edition.Publisher).Append('\n');
        sb.Append("date: ").Append(edition.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated")
            .Append(" (").Append(edition.DatePrecision).Append(edition.DateInferred ? ", inferred" : "").Append("), ").Append(edition.DateSource).Append('\n');
        if (edition.ReportNumber is { } number)
        {
            sb.Append("report number: ").Append(number).Append('\n');
        }

        foreach (var author in edition.Authors)
        {
            sb.Append("author ").Append(author.Ordinal).Append(": ").Append(author.Name).Append(author.Role is null ? "" : $" ({author.Role})").Append('\n');
        }

        foreach (var note in edition.Notes)
        {
            sb.Append("note ").Append(note.Kind).Append('@').Append(note.SourceLine).Append(": ").Append(note.Text)
                .Append(note.Items.Count == 0 ? "" : " [" + string.Join("; ", note.Items) + "]").Append('\n');
        }

        foreach (var section in edition.Sections)
        {
            Outline(sb, section, "");
        }

        foreach (var repair in edition.Repairs)
        {
            sb.Append(Describe(repair)).Append('\n');
        }

        return sb.ToString().TrimEnd('\n');
    });

    /// <summary>Inline markup: the reading text and the allow-listed HTML of one line of markup.</summary>
    public static string Inline(StageExample example)
    {
        ArgumentNullException.ThrowIfNull(example);
        string markup = example.Input.TrimEnd('\n');
        return "text: " + InlineMarkup.ToText(markup) + "\nhtml: " + InlineMarkup.ToHtml(markup);
    }

    private static IReadOnlyList<ClassifiedBlock> Classified(StageExample example)
    {
        var text = SeedReader.Read(StageSpec.Seed(example));
        return BlockClassifier.Classify(text, BlockSplitter.Split(text));
    }

    private static string Describe(ClassifiedBlock block) =>
        block.Role + (block.HeadingLevel > 0 ? " " + block.HeadingLevel : "") + (block.Text.Length > 0 ? ": " + block.Text.Replace("\n", " / ", StringComparison.Ordinal) : "");

    private static string Describe(Model.Repair repair) => $"repair {repair.Kind} {repair.FirstLine}-{repair.LastLine}: {repair.Detail}";

    private static void Outline(StringBuilder sb, Section section, string indent)
    {
        sb.Append(indent).Append('§').Append(section.Level).Append(' ').Append(section.Slug).Append(": ").Append(section.Heading ?? "(untitled)")
            .Append(section.IsRunIn ? " (run-in)" : "").Append('\n');
        foreach (var block in section.Blocks)
        {
            sb.Append(indent).Append("  ").Append(block.Anchor).Append(' ');
            if (block.Table is { } table)
            {
                sb.Append("table: ").Append(table.Caption ?? "(no caption)").Append('\n');
                for (int r = 0; r < table.RowCount; r++)
                {
                    var cells = Enumerable.Range(0, table.ColumnCount).Select(c => table.CellAt(r, c) is { } cell
                        ? (cell.Text.Length == 0 ? "∅" : cell.IsBold ? $"**{cell.Text}**" : cell.Text)
                        : "∅");
                    sb.Append(indent).Append("    ").Append(string.Join(" · ", cells)).Append('\n');
                }

                if (table.Units is not null)
                {
                    sb.Append(indent).Append("    units: ").Append(table.Units).Append('\n');
                }

                if (table.SourceNote is not null)
                {
                    sb.Append(indent).Append("    source: ").Append(table.SourceNote).Append('\n');
                }
            }
            else
            {
                sb.Append(block.Kind == BlockKind.List ? "list: " + string.Join("; ", block.Items) : block.Text).Append('\n');
            }
        }

        foreach (var child in section.Children)
        {
            Outline(sb, child, indent + "  ");
        }
    }

    private static string Guard(Func<string> render)
    {
        try
        {
            return render();
        }
        catch (SeedFormatException e)
        {
            return "error: " + e.Message;
        }
    }
}
