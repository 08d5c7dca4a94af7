using JapanUsRelations.Ingestion.Blocks;
using JapanUsRelations.Ingestion.Classification;
using JapanUsRelations.Ingestion.Manifest;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Reading;
using JapanUsRelations.Ingestion.Repair;
using JapanUsRelations.Ingestion.Structure;

namespace JapanUsRelations.Ingestion;

/// <summary>
/// Runs stages 1–5 for one seed: Read → Block → Classify → Repair → Structure (for HTML, Read → HTML blocks →
/// Structure), then resolves the edition's
/// metadata (title, publisher, date, id) from the text and the manifest. Enrichment and storage come after, in
/// <see cref="IngestionPipeline"/>.
/// </summary>
public static class EditionParser
{
    /// <summary>Parses one seed into an edition (without enrichment); the id may still need de-duplicating.</summary>
    public static Edition Parse(SeedFile file, ManifestEntry? manifest)
    {
        ArgumentNullException.ThrowIfNull(file);
        var text = SeedReader.Read(file);
        SeedLimits.Default.Check(text);
        var joined = text.Format == SeedFormat.Html
            ? new RepairResult(Html.HtmlBlockReader.Read(text), [])
            : PageBreakJoiner.Join(BlockClassifier.Classify(text, BlockSplitter.Split(text)));
        var parts = MetadataExtractor.Extract(joined.Blocks);
        var repairs = new List<Model.Repair>(joined.Repairs);
        if (parts.Title is null)
        {
            int line = joined.Blocks.Count > 0 ? joined.Blocks[0].Raw.FirstLine : 1;
            throw new SeedFormatException(file.FileName, line, "no title: the first line of text should be the document's title");
        }

        var sections = SectionBuilder.Build(parts.Body, repairs);
        if (!sections.SelectMany(s => s.SelfAndDescendants()).Any(s => s.Blocks.Count > 0))
        {
            throw new SeedFormatException(file.FileName, parts.Title.Raw.FirstLine, "no body text: a seed needs at least one paragraph after its title");
        }

        string opening = parts.Body.FirstOrDefault(b => b.Role == BlockRole.Paragraph)?.Text ?? "";
        var (title, titleRepair) = TitleRepairer.Repair(parts.Title.Text, opening);
        if (titleRepair is not null)
        {
            repairs.Insert(0, new Model.Repair("title", titleRepair, parts.Title.Raw.FirstLine, parts.Title.Raw.FirstLine));
        }

        var bodyTexts = sections.SelectMany(s => s.SelfAndDescendants()).SelectMany(s => s.Blocks).Select(b => b.Text);
        var date = EditionDate.Resolve(file.FileName, manifest?.Published, parts.Dateline, parts.DatelineLine, parts.Masthead, bodyTexts);
        string? reportNumber = parts.ReportNumber ?? manifest?.ReportNumber;
        string publisher = ResolvePublisher(manifest, parts, reportNumber);
        string reportKey = ReportKeyOf(reportNumber, manifest, title);
        return new Edition
        {
            Id = date.ToId() ?? Slugger.Slugify(title),
            Title = title,
            Publisher = publisher,
            Series = manifest?.Series ?? (parts.Masthead.Count > 2 ? parts.Masthead[1] : null) ?? CrsProduct.SeriesOf(reportNumber),
            ReportNumber = reportNumber,
            ReportKey = reportKey,
            Subject = manifest?.Subject ?? reportKey,
            Published = date.Date,
            DatePrecision = date.Precision,
            DateInferred = date.Inferred,
            DateSource = manifest?.DateNote is { } note ? $"{date.Source}: {note}" : date.Source,
            Kind = string.Equals(manifest?.Kind, "reference", StringComparison.OrdinalIgnoreCase) ? EditionKind.Reference : EditionKind.Report,
            IsGovernment = manifest?.Government ?? IsGovernmentPublisher(publisher),
            SourceFile = file.FileName,
            SourceSha256 = file.Sha256,
            SourceFormat = text.Format switch { SeedFormat.Markdown => "markdown", SeedFormat.Html => "html", _ => "plain" },
            Authors = parts.Authors,
            Sections = sections,
            Notes = parts.Notes,
            Repairs = repairs.OrderBy(r => r.FirstLine).ToList(),
        };
    }

    /// <summary>The report an edition belongs to: its number, else its title (editions of an unnumbered report keep their title).</summary>
    private static string ReportKeyOf(string? reportNumber, ManifestEntry? manifest, string title) =>
        reportNumber ?? (string.Equals(manifest?.Kind, "reference", StringComparison.OrdinalIgnoreCase) ? "reference-" : "") + Slugger.Slugify(title);

    private static string ResolvePublisher(ManifestEntry? manifest, DocumentParts parts, string? reportNumber)
    {
        if (!string.IsNullOrWhiteSpace(manifest?.Publisher))
        {
            return manifest.Publisher;
        }

        if (parts.Masthead.Count > 0 && !LinePatterns.Dateline().IsMatch(parts.Masthead[0]))
        {
            return parts.Masthead[0];
        }

        // A CRS report number (IF, IN, R, RL, RS, LSB) or the CRS disclaimer names the publisher.
        return CrsProduct.IsReportNumber(reportNumber) || parts.Notes.Any(n => n.Text.Contains(CrsProduct.Publisher, StringComparison.Ordinal))
            ? CrsProduct.Publisher
            : "Unknown publisher";
    }

    private static bool IsGovernmentPublisher(string publisher) =>
        publisher.Contains("Congressional Research Service", StringComparison.Ordinal)
        || publisher.Contains("Department of State", StringComparison.Ordinal)
        || publisher.StartsWith("Bureau of", StringComparison.Ordinal);
}
