using JapanUsRelations.Ingestion;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Reading;

namespace JapanUsRelations.SyntheticCorpus;

/// <summary>
/// A seed cut into segments the generator may change: which lines are headings and one-line paragraphs is decided
/// by the real parser (so the generator needs no layout rules of its own), everything else is kept verbatim.
/// Rendered back as segments separated by one blank line, in the seed's own layout (Markdown or plain text).
/// </summary>
public sealed class EditionDocument : ISyntheticDocument
{
    private EditionDocument(string extension, List<Segment> segments, string title, string? reportNumber)
    {
        Extension = extension;
        Segments = segments;
        Title = title;
        ReportNumber = reportNumber;
    }

    /// <inheritdoc />
    public string Title { get; private set; }

    /// <inheritdoc />
    public string? ReportNumber { get; private set; }

    /// <summary>The seed file's extension, e.g. <c>.md</c>.</summary>
    public string Extension { get; }

    /// <summary>The segments, in reading order; the generator edits this list.</summary>
    public List<Segment> Segments { get; }

    /// <summary>Cuts a seed file into segments with the help of the ingestion parser.</summary>
    public static EditionDocument Load(string path)
    {
        var file = SeedFile.Load(path);
        var edition = EditionParser.Parse(file, null);
        var headingLines = edition.AllSections().Where(s => s.Heading is not null && !s.IsRunIn).Select(s => s.SourceLine).ToHashSet();
        var paragraphLines = edition.AllBlocks().Select(b => b.Block)
            .Where(b => b.Kind == BlockKind.Paragraph && b.FirstLine == b.LastLine).Select(b => b.FirstLine).ToHashSet();
        string text = System.Text.Encoding.UTF8.GetString(file.Bytes).TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
        string[] lines = text.Split('\n');
        var segments = new List<Segment>();
        var verbatim = new List<string>();
        for (int i = 0; i < lines.Length; i++)
        {
            int lineNumber = i + 1;
            if (headingLines.Contains(lineNumber) || paragraphLines.Contains(lineNumber))
            {
                Flush(verbatim, segments);
                segments.Add(headingLines.Contains(lineNumber) ? HeadingOf(lines[i]) : Segment.Paragraph(lines[i]));
            }
            else if (lines[i].Length == 0 && verbatim.Count == 0)
            {
                continue;
            }
            else if (lines[i].Length == 0 && (i + 1 >= lines.Length || headingLines.Contains(lineNumber + 1) || paragraphLines.Contains(lineNumber + 1)))
            {
                Flush(verbatim, segments);
            }
            else
            {
                verbatim.Add(lines[i]);
            }
        }

        Flush(verbatim, segments);
        return new EditionDocument(Path.GetExtension(path), segments, edition.Title, edition.ReportNumber);
    }

    /// <summary>A deep enough copy to edit without changing this one (segments are immutable records).</summary>
    public EditionDocument Copy() => new(Extension, [.. Segments], Title, ReportNumber);

    /// <summary>
    /// The title line (the first line outside headings and paragraphs reading as the title, its Markdown marker kept)
    /// and every printed report number outside paragraphs (the number line after the byline, a dateline's "(IF…)")
    /// take the new report's.
    /// </summary>
    public void Rename(ReportMasthead masthead)
    {
        ArgumentNullException.ThrowIfNull(masthead);
        bool titled = false;
        for (int i = 0; i < Segments.Count; i++)
        {
            if (Segments[i].Kind != SegmentKind.Verbatim)
            {
                continue;
            }

            var lines = Segments[i].Lines.ToList();
            for (int j = 0; j < lines.Count; j++)
            {
                string marker = lines[j][..(lines[j].Length - lines[j].TrimStart('#', ' ', '\t').Length)];
                if (!titled && string.Equals(lines[j][marker.Length..].Trim(), Title, StringComparison.Ordinal))
                {
                    lines[j] = marker + masthead.Title;
                    titled = true;
                }
                else if (ReportNumber is not null)
                {
                    lines[j] = ReportMastheads.ReplaceNumber(lines[j], ReportNumber, masthead.Number);
                }
            }

            Segments[i] = Segments[i] with { Lines = lines };
        }

        if (!titled)
        {
            throw new InvalidOperationException($"no title line \"{Title}\" outside headings and paragraphs");
        }

        Title = masthead.Title;
        ReportNumber = ReportNumber is null ? null : masthead.Number;
    }

    /// <inheritdoc />
    ISyntheticDocument ISyntheticDocument.Copy() => Copy();

    /// <summary>The edition as a seed file's text.</summary>
    public string Render() => string.Join("\n\n", Segments.Select(s => string.Join('\n', s.Lines))) + "\n";

    private static Segment HeadingOf(string line)
    {
        int hashes = line.TakeWhile(c => c == '#').Count();
        string marker = hashes > 0 && line.Length > hashes && line[hashes] == ' ' ? line[..(hashes + 1)] : "";
        return Segment.Heading(marker, line[marker.Length..]);
    }

    private static void Flush(List<string> verbatim, List<Segment> segments)
    {
        while (verbatim.Count > 0 && verbatim[^1].Length == 0)
        {
            verbatim.RemoveAt(verbatim.Count - 1);
        }

        if (verbatim.Count > 0)
        {
            segments.Add(new Segment(SegmentKind.Verbatim, [.. verbatim]));
            verbatim.Clear();
        }
    }
}
