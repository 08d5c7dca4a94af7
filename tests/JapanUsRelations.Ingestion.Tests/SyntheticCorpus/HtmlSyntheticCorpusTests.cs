using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Tests.Corpus;
using JapanUsRelations.Ingestion.Tests.Support;
using JapanUsRelations.SyntheticCorpus;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Ingestion.Tests.SyntheticCorpus;

/// <summary>
/// New editions of the corpus's provider HTML (<c>../shared/crs-corpus</c>, read where it lies): deterministic, dated,
/// ingested as HTML with the report number and title each product prints, and every recorded change in the edition.
/// </summary>
public sealed class HtmlSyntheticCorpusTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "jur-synthetic-html-" + Guid.NewGuid().ToString("N"));

    [SkippableFact]
    public void The_same_seed_gives_the_same_html_and_another_seed_other_html()
    {
        var bases = Bases();
        CorpusGenerator.Generate(Seeds.Directory, Folder("a"), new CorpusOptions { Editions = 26, Seed = 5, Bases = bases });
        CorpusGenerator.Generate(Seeds.Directory, Folder("b"), new CorpusOptions { Editions = 26, Seed = 5, Bases = bases });
        CorpusGenerator.Generate(Seeds.Directory, Folder("c"), new CorpusOptions { Editions = 26, Seed = 6, Bases = bases });
        var names = Directory.GetFiles(Folder("a")).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToList();
        names.Should().HaveCount(27).And.Contain("manifest.json");
        names.Where(n => n != "manifest.json").Should().OnlyContain(n => n.EndsWith(".html", StringComparison.Ordinal));
        foreach (string name in names)
        {
            File.ReadAllBytes(Path.Combine(Folder("b"), name)).Should().Equal(File.ReadAllBytes(Path.Combine(Folder("a"), name)), name);
        }

        names.Where(n => n != "manifest.json").Count(n => !File.ReadAllBytes(Path.Combine(Folder("c"), n)).SequenceEqual(File.ReadAllBytes(Path.Combine(Folder("a"), n))))
            .Should().BeGreaterThan(20, "another seed makes other changes");
    }

    [SkippableFact]
    public void Generated_html_editions_ingest_with_their_dates_report_numbers_and_titles()
    {
        var generated = CorpusGenerator.Generate(Seeds.Directory, Folder("in"), new CorpusOptions { Editions = 39, Seed = 3, Bases = Bases() });
        string database = Path.Combine(_root, "editions.db");
        var summary = IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).Run(Folder("in"), database);
        summary.Editions.Should().Be(39);
        var editions = JapanUsRelations.Store.EditionReader.LoadAll(database).ToDictionary(e => e.SourceFile, StringComparer.Ordinal);
        editions.Values.Select(e => e.Id).Should().BeEquivalentTo(generated.Select(g => g.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        editions.Values.Should().OnlyContain(e => e.SourceFormat == "html" && e.AllSections().Any());

        // Report numbers and titles as the corpus README and the files' mastheads print them.
        var firearms = generated.Where(g => g.BaseSeed.StartsWith("IF12173v11-", StringComparison.Ordinal)).Select(g => editions[g.FileName]).ToList();
        firearms.Should().HaveCount(3);
        firearms.Should().OnlyContain(e => e.ReportNumber == "IF12173" && e.Title == "Firearms and Ammunition Excise Tax (FAET)");
        var debt = generated.Where(g => g.BaseSeed.StartsWith("IF10292v22-", StringComparison.Ordinal)).Select(g => editions[g.FileName]).ToList();
        debt.Should().HaveCount(3).And.OnlyContain(e => e.ReportNumber == "IF10292" && e.Title == "The Debt Limit");
        generated.Select(g => editions[g.FileName].ReportNumber).Distinct().Should().HaveCount(11, "thirteen files of eleven reports");
    }

    [SkippableFact]
    public void Every_recorded_html_change_is_what_the_ingested_edition_says()
    {
        var bases = Bases();
        var generated = CorpusGenerator.Generate(Seeds.Directory, Folder("changes"), new CorpusOptions { Editions = 78, Seed = 21, Bases = bases });
        var parsed = IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).ParseSeeds(Folder("changes")).ToDictionary(e => e.SourceFile, StringComparer.Ordinal);
        var kinds = RecordedChanges.Verify(generated, parsed);
        kinds.Should().BeEquivalentTo(Enum.GetValues<ChangeKind>(), "six editions of each of the thirteen products exercise every kind of change");

        // The dateline printed in each file moves with the edition, not only the manifest's date: read without the
        // manifest, every edition is dated by its own dateline.
        foreach (var edition in generated.TakeLast(bases.Count))
        {
            EditionParser.Parse(Reading.SeedFile.Load(Path.Combine(Folder("changes"), edition.FileName)), manifest: null).Published.Should().Be(edition.Published, edition.FileName);
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static List<string> Bases()
    {
        CorpusFiles.RequireCorpus();
        return [.. CorpusFiles.AllNames.Select(CorpusFiles.PathOf)];
    }

    private string Folder(string name) => Path.Combine(_root, name);
}
