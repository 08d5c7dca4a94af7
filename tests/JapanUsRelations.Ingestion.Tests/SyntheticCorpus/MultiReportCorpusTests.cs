using System.Globalization;
using JapanUsRelations.Ingestion.Tests.Corpus;
using JapanUsRelations.Ingestion.Tests.Support;
using JapanUsRelations.Lineage;
using JapanUsRelations.Store;
using JapanUsRelations.SyntheticCorpus;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Ingestion.Tests.SyntheticCorpus;

/// <summary>
/// A corpus of several reports (<see cref="CorpusOptions.Reports"/>), each its own chain of editions with its own
/// report number and title printed in its masthead: ingested (with lineage), the store holds each report with its
/// editions in date order, and each edition's predecessor is the previous edition of its own report.
/// </summary>
public sealed class MultiReportCorpusTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "jur-synthetic-reports-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Four_reports_of_the_seeds_ingest_as_four_reports_each_its_own_chain()
    {
        var generated = CorpusGenerator.Generate(Seeds.Directory, Folder("text"), new CorpusOptions { Editions = 22, Reports = 4, Seed = 9 });
        var store = Ingest(Folder("text"));
        AssertReports(store, generated, reports: 4);

        // 22 editions over 4 reports: 6, 6, 5, 5; both layouts of the seeds (report r starts from base r mod 2).
        store.Editions.ReportGroups.Select(g => g.Editions.Count).Order().Should().Equal(5, 5, 6, 6);
        store.Editions.Reports.Select(e => e.SourceFormat).Distinct().Should().BeEquivalentTo("markdown", "plain");
        store.Editions.Reports.Should().NotContain(e => e.ReportNumber == "IF10199" || e.Title == "U.S.-Japan Relations", "every report prints its own masthead");
    }

    [SkippableFact]
    public void Fifteen_reports_of_the_corpus_html_ingest_with_the_number_and_title_their_mastheads_print()
    {
        CorpusFiles.RequireCorpus();
        var bases = CorpusFiles.AllNames.Select(CorpusFiles.PathOf).ToList();
        var generated = CorpusGenerator.Generate(Seeds.Directory, Folder("html"), new CorpusOptions { Editions = 30, Reports = 15, Seed = 4, Bases = bases });
        var store = Ingest(Folder("html"));
        AssertReports(store, generated, reports: 15);
        store.Editions.Reports.Should().OnlyContain(e => e.SourceFormat == "html");

        // Report 0 starts from the first corpus file (IF10292, "The Debt Limit"), report 13 from the same file again.
        var debt = generated.Where(g => g.BaseSeed.StartsWith("IF10292v22-", StringComparison.Ordinal)).Select(g => g.Report!).Distinct().ToList();
        debt.Should().HaveCount(2);
        debt.Should().OnlyContain(m => m.Number.StartsWith("IF", StringComparison.Ordinal) && m.Number.Length == 7 && m.Title.StartsWith("The Debt Limit: ", StringComparison.Ordinal));
        // An Insight keeps its product's prefix.
        generated.Where(g => g.BaseSeed.StartsWith("IN12668v2-", StringComparison.Ordinal)).Should().OnlyContain(g => g.Report!.Number.StartsWith("IN", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_seed_gives_the_same_reports_and_every_recorded_change_is_in_its_edition()
    {
        var options = new CorpusOptions { Editions = 30, Reports = 5, Seed = 21 };
        var generated = CorpusGenerator.Generate(Seeds.Directory, Folder("a"), options);
        CorpusGenerator.Generate(Seeds.Directory, Folder("b"), options);
        foreach (string file in Directory.GetFiles(Folder("a")))
        {
            File.ReadAllBytes(Path.Combine(Folder("b"), Path.GetFileName(file))).Should().Equal(File.ReadAllBytes(file), file);
        }

        var parsed = IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).ParseSeeds(Folder("a")).ToDictionary(e => e.SourceFile, StringComparer.Ordinal);
        RecordedChanges.Verify(generated, parsed).Should().Contain([ChangeKind.Dated, ChangeKind.NumberChanged, ChangeKind.SentenceAdded]);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static void AssertReports(ReadStore store, IReadOnlyList<GeneratedEdition> generated, int reports)
    {
        static string Id(GeneratedEdition g) => g.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var expected = generated.GroupBy(g => g.Report!.Number).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        expected.Should().HaveCount(reports);
        generated.Select(g => g.Report!.Title).Distinct().Should().HaveCount(reports, "each report has its own title");
        store.Editions.ReportGroups.Should().HaveCount(reports);
        foreach (var group in store.Editions.ReportGroups)
        {
            var chain = expected[group.Number!];
            group.Editions.Select(e => e.Id).Should().Equal(chain.Select(Id), $"{group.Number}'s editions in date order");
            group.Editions.Should().OnlyContain(e => e.ReportNumber == group.Number && e.Title == chain[0].Report!.Title);
            for (int i = 0; i < group.Editions.Count; i++)
            {
                string? previous = i > 0 ? group.Editions[i - 1].Id : null;
                store.Lineage.Predecessor(group.Editions[i].Id).Should().Be(previous, $"{group.Editions[i].Id} of {group.Number} follows the previous edition of its own report");
                store.Editions.Previous(group.Editions[i])?.Id.Should().Be(previous);
            }
        }

        // The dates interleave: no report's editions are all before another report's.
        var firsts = store.Editions.ReportGroups.Select(g => g.Editions[0].Id).ToList();
        var lasts = store.Editions.ReportGroups.Select(g => g.Editions[^1].Id).ToList();
        string.CompareOrdinal(firsts.Max(StringComparer.Ordinal), lasts.Min(StringComparer.Ordinal)).Should().BeNegative();
    }

    private ReadStore Ingest(string folder)
    {
        string database = Path.Combine(_root, Path.GetFileName(folder) + ".db");
        CorpusIngestion.CreateDefault(NullLoggerFactory.Instance).Run(folder, database);
        return new ReadStore(database, NullLogger<ReadStore>.Instance);
    }

    private string Folder(string name) => Path.Combine(_root, name);
}
