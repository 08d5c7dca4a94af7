using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Tests.Support;
using JapanUsRelations.SyntheticCorpus;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Ingestion.Tests.SyntheticCorpus;

/// <summary>The generator is deterministic, its files ingest as the seeds do, and every change it records is in the ingested edition.</summary>
public sealed class SyntheticCorpusTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "jur-synthetic-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_same_seed_gives_the_same_bytes_and_another_seed_other_bytes()
    {
        var first = CorpusGenerator.Generate(Seeds.Directory, Folder("a"), new CorpusOptions { Editions = 12, Seed = 7 });
        CorpusGenerator.Generate(Seeds.Directory, Folder("b"), new CorpusOptions { Editions = 12, Seed = 7 });
        CorpusGenerator.Generate(Seeds.Directory, Folder("c"), new CorpusOptions { Editions = 12, Seed = 8 });
        var names = Directory.GetFiles(Folder("a")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        names.Should().HaveCount(13).And.Contain("manifest.json");
        Directory.GetFiles(Folder("b")).Select(Path.GetFileName).Order(StringComparer.Ordinal).Should().Equal(names);
        foreach (string name in names)
        {
            File.ReadAllBytes(Path.Combine(Folder("b"), name!)).Should().Equal(File.ReadAllBytes(Path.Combine(Folder("a"), name!)), name);
        }

        names.Where(n => n != "manifest.json").Count(n => !File.ReadAllBytes(Path.Combine(Folder("c"), n!)).SequenceEqual(File.ReadAllBytes(Path.Combine(Folder("a"), n!))))
            .Should().BeGreaterThan(8, "another seed makes other changes");
        first.Select(e => e.Published).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Generated_editions_ingest_with_their_dates_as_ids_in_both_layouts()
    {
        var generated = CorpusGenerator.Generate(Seeds.Directory, Folder("in"), new CorpusOptions { Editions = 30, Seed = 3 });
        string database = Path.Combine(_root, "editions.db");
        var summary = IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).Run(Folder("in"), database);
        summary.Editions.Should().Be(30);
        var editions = JapanUsRelations.Store.EditionReader.LoadAll(database);
        editions.Select(e => e.Id).Should().BeEquivalentTo(generated.Select(g => g.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        editions.Select(e => e.SourceFormat).Distinct().Should().BeEquivalentTo("markdown", "plain");
        editions.Should().OnlyContain(e => e.ReportNumber == "IF10199" && e.Kind == EditionKind.Report && e.AllSections().Count() >= 5);
    }

    [Fact]
    public void Every_recorded_change_is_what_the_ingested_edition_says()
    {
        var generated = CorpusGenerator.Generate(Seeds.Directory, Folder("changes"), new CorpusOptions { Editions = 40, Seed = 21 });
        var parsed = IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).ParseSeeds(Folder("changes")).ToDictionary(e => e.SourceFile, StringComparer.Ordinal);
        var kinds = RecordedChanges.Verify(generated, parsed);
        kinds.Should().BeEquivalentTo(Enum.GetValues<ChangeKind>(), "forty editions exercise every kind of change");
    }

    [Theory]
    [InlineData("Japan is an ally. The U.S. bases troops there. Dr. Smith agrees.", 3)]
    [InlineData("The U.S. Treasury holds bonds. Japan's investors (U.K. too) hold more.", 2)]
    [InlineData("He said \"no.\" Then he left.", 2)]
    [InlineData("One sentence only, with 50,000 troops.", 1)]
    [InlineData("Trade fell 3.5% in Jan. Exports rose.", 1)]
    public void Sentences_split_at_full_stops_but_not_after_initials_or_abbreviations(string paragraph, int count)
    {
        var sentences = Sentences.Split(paragraph);
        sentences.Should().HaveCount(count);
        string.Join(' ', sentences).Should().Be(paragraph);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private string Folder(string name) => Path.Combine(_root, name);
}
