using System.Globalization;
using System.Text;
using System.Text.Json;
using JapanUsRelations.Ingestion.Manifest;

namespace JapanUsRelations.SyntheticCorpus;

/// <summary>
/// Writes a synthetic corpus: chains of successive editions, one chain per base seed, taking turns (or, with
/// <see cref="CorpusOptions.Reports"/>, one chain per report, each with its own number and title, in rounds of a
/// seeded order), each edition made from the previous one of its chain by <see cref="EditionMutator"/>, plus a <c>manifest.json</c> giving each
/// file its date, series and report number. Files use the base seed's own layout (Markdown or plain text, by
/// <see cref="EditionMutator"/>; provider HTML of the corpus, by <see cref="HtmlEditionMutator"/>), so the ingestion
/// reads them as it reads the seeds and the corpus. Deterministic: the same options give the same bytes.
/// </summary>
public static class CorpusGenerator
{
    /// <summary>The default bases: the IF10199 seeds of 2024-11-05 (Markdown) and 2026-02-05 (plain text).</summary>
    public static IReadOnlyList<string> DefaultBases(string seedsDirectory) =>
    [
        Path.Combine(seedsDirectory, "2024-11-05-crs-in-focus-if10199.md"),
        Path.Combine(seedsDirectory, "2026-02-05-crs-in-focus-if10199.txt"),
    ];

    /// <summary>Generates the corpus into <paramref name="outputDirectory"/> (created; existing files of the same names are overwritten).</summary>
    public static IReadOnlyList<GeneratedEdition> Generate(string seedsDirectory, string outputDirectory, CorpusOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(seedsDirectory);
        ArgumentException.ThrowIfNullOrEmpty(outputDirectory);
        ArgumentNullException.ThrowIfNull(options);
        var bases = options.Bases.Count > 0 ? options.Bases : DefaultBases(seedsDirectory);
        var documents = bases.Select(b => HtmlEditionDocument.IsHtml(b) ? (ISyntheticDocument)HtmlEditionDocument.Load(b) : EditionDocument.Load(b)).ToList();
        var pool = SentencePool(documents.OfType<EditionDocument>());
        var htmlPool = HtmlSentencePool(documents.OfType<HtmlEditionDocument>());
        var seedManifest = SeedManifest.Load(seedsDirectory);
        var chains = options.Reports > 0 ? Reports(documents, bases, seedManifest, options) : documents.Select((d, i) => new Chain(d, i, null)).ToList();
        var order = options.Reports > 0 ? Rounds(chains.Count, options) : Enumerable.Range(0, options.Editions).Select(k => k % chains.Count).ToList();
        Directory.CreateDirectory(outputDirectory);
        var manifest = new List<Dictionary<string, object>>();
        var generated = new List<GeneratedEdition>(options.Editions);
        for (int k = 0; k < options.Editions; k++)
        {
            var chain = chains[order[k]];
            var published = options.FirstDate.AddDays(k);
            var random = new Random(unchecked((options.Seed * 1_000_003) + k));
            var document = chain.Document.Copy();
            var changes = document is HtmlEditionDocument html
                ? new HtmlEditionMutator(random, htmlPool).Mutate(html, published)
                : new EditionMutator(random, pool).Mutate((EditionDocument)document, published);
            chain.Document = document;
            string basePath = bases[chain.Base];
            string baseName = Path.GetFileNameWithoutExtension(basePath);
            string stem = chain.Report?.Number.ToLowerInvariant() ?? (baseName.Length > 11 && char.IsDigit(baseName[0]) ? baseName[11..] : baseName);
            string fileName = string.Create(CultureInfo.InvariantCulture, $"{published:yyyy-MM-dd}-synthetic-{stem}{document.Extension}");
            File.WriteAllText(Path.Combine(outputDirectory, fileName), document.Render(), new UTF8Encoding(false));
            var baseEntry = seedManifest.For(Path.GetFileName(basePath));
            string date = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            // An HTML product names its own series and report number in its masthead; the manifest gives only the date.
            manifest.Add(document is HtmlEditionDocument ? new Dictionary<string, object> { ["file"] = fileName, ["published"] = date } : Entry(fileName, date, baseEntry, chain.Report?.Number));
            generated.Add(new GeneratedEdition(fileName, published, Path.GetFileName(basePath), changes, order[k], chain.Report));
        }

        if (options.IncludeSeeds)
        {
            foreach (string seed in Ingestion.IngestionPipeline.SeedPaths(seedsDirectory))
            {
                string name = Path.GetFileName(seed);
                File.Copy(seed, Path.Combine(outputDirectory, name), overwrite: true);
                if (seedManifest.For(name) is { } entry)
                {
                    manifest.Add(Entry(name, entry.Published, entry));
                }
            }
        }

        string json = JsonSerializer.Serialize(new Dictionary<string, object> { ["editions"] = manifest }, new JsonSerializerOptions { WriteIndented = true });
        File.WriteAllText(Path.Combine(outputDirectory, SeedManifest.FileName), json + "\n", new UTF8Encoding(false));
        return generated;
    }

    // Report r starts from base r mod (number of bases), renamed: its own number and title in its masthead.
    private static List<Chain> Reports(List<ISyntheticDocument> documents, IReadOnlyList<string> bases, SeedManifest seedManifest, CorpusOptions options)
    {
        var numbers = documents.Select((d, i) => d.ReportNumber ?? seedManifest.For(Path.GetFileName(bases[i]))?.ReportNumber).ToList();
        var mastheads = new ReportMastheads(new Random(unchecked((options.Seed * 1_000_003) - 1)), numbers.OfType<string>());
        var chains = new List<Chain>(options.Reports);
        for (int r = 0; r < options.Reports; r++)
        {
            int b = r % documents.Count;
            var document = documents[b].Copy();
            var masthead = mastheads.Next(numbers[b], document.Title);
            document.Rename(masthead);
            CheckMasthead(document, masthead, bases[b]);
            chains.Add(new Chain(document, b, masthead));
        }

        return chains;
    }

    // Reads the renamed base as the ingestion would: it must print the new title and (where the base printed one) number.
    private static void CheckMasthead(ISyntheticDocument document, ReportMasthead masthead, string basePath)
    {
        var file = new Ingestion.Reading.SeedFile(Path.GetFileName(basePath), new UTF8Encoding(false).GetBytes(document.Render()));
        var edition = Ingestion.EditionParser.Parse(file, null);
        if (edition.Title != masthead.Title || edition.ReportNumber != (document.ReportNumber is null ? null : masthead.Number))
        {
            throw new InvalidOperationException(
                $"{basePath}: renamed to {masthead.Number} \"{masthead.Title}\", the ingestion reads {edition.ReportNumber ?? "no number"} \"{edition.Title}\"");
        }
    }

    // Which report each edition k belongs to: rounds in which every report publishes once, in a seeded order of its own
    // each round (so reports' dates interleave), the last round shorter when the editions do not divide evenly.
    private static List<int> Rounds(int reports, CorpusOptions options)
    {
        var random = new Random(unchecked((options.Seed * 1_000_003) - 2));
        var order = new List<int>(options.Editions);
        while (order.Count < options.Editions)
        {
            int[] round = [.. Enumerable.Range(0, reports)];
            random.Shuffle(round);
            order.AddRange(round.Take(options.Editions - order.Count));
        }

        return order;
    }

    private static Dictionary<string, object> Entry(string file, string? published, ManifestEntry? from, string? reportNumber = null)
    {
        var entry = new Dictionary<string, object> { ["file"] = file };
        void Add(string key, object? value)
        {
            if (value is not null)
            {
                entry[key] = value;
            }
        }

        Add("publisher", from?.Publisher);
        Add("series", from?.Series ?? "CRS In Focus");
        Add("reportNumber", reportNumber ?? from?.ReportNumber ?? "IF10199");
        Add("published", published);
        Add("dateNote", from?.DateNote);
        Add("kind", from?.Kind);
        Add("government", from?.Government ?? true);
        return entry;
    }

    // One report's chain: its latest edition, the base it started from, and its masthead (null: the base's own).
    private sealed class Chain(ISyntheticDocument document, int baseIndex, ReportMasthead? report)
    {
        public ISyntheticDocument Document { get; set; } = document;

        public int Base { get; } = baseIndex;

        public ReportMasthead? Report { get; } = report;
    }

    private static List<string> HtmlSentencePool(IEnumerable<HtmlEditionDocument> documents) =>
        Usable(documents.SelectMany(d => d.Sentences()));

    private static List<string> SentencePool(IEnumerable<EditionDocument> documents) =>
        Usable(documents.SelectMany(d => d.Segments).Where(s => s.Kind == SegmentKind.Paragraph).SelectMany(s => Sentences.Split(s.Text).Skip(1)));

    // Sentences of a useful length without markup, deduplicated and sorted (so the pool does not depend on file order).
    private static List<string> Usable(IEnumerable<string> sentences) =>
        sentences.Where(s => s.Length is > 40 and < 260 && s.IndexOfAny(['*', '\\', '<', '[', '|', '_']) < 0)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
