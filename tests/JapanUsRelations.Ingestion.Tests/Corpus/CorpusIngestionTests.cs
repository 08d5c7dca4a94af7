using Dapper;
using JapanUsRelations.Ingestion.Storage;
using JapanUsRelations.Ingestion.Tests.Support;
using JapanUsRelations.Store;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Ingestion.Tests.Corpus;

/// <summary>
/// Every corpus file through the whole pipeline into a real SQLite file: alone, and all together with the
/// repository's seeds; ids unique (three corpus files share 2026-09-16, two share 2026-10-05) and stable.
/// </summary>
public class CorpusIngestionTests
{
    private static IngestionPipeline Pipeline => IngestionPipeline.CreateDefault(NullLoggerFactory.Instance);

    [SkippableTheory]
    [MemberData(nameof(CorpusFiles.Names), MemberType = typeof(CorpusFiles))]
    public void Each_corpus_file_ingests_alone_and_reads_back_as_its_golden(string name)
    {
        var golden = CorpusGoldens.Of(name);
        using var seeds = new TempSeeds(copyRealSeeds: false);
        CorpusSeeds.DropInto(seeds, name);

        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);

        var stored = EditionReader.LoadAll(seeds.DatabasePath).Should().ContainSingle().Subject;
        stored.Title.Should().Be(golden.Title);
        stored.Published.Should().Be(golden.Published);
        stored.ReportNumber.Should().Be(golden.ReportNumber);
        stored.Series.Should().Be(golden.Series);
        stored.DateInferred.Should().BeFalse();
        CorpusOutline.Of(stored).Should().Equal(golden.Outline);
        stored.AllBlocks().Select(b => b.Block.Text).Should().Equal(CorpusFiles.Parse(name).AllBlocks().Select(b => b.Block.Text), "what is stored is what was parsed");
    }

    [SkippableFact]
    public void All_corpus_files_ingest_together_with_the_seeds_under_unique_ids()
    {
        using var seeds = new TempSeeds();
        CorpusSeeds.DropInto(seeds);

        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);

        var stored = EditionReader.LoadAll(seeds.DatabasePath);
        stored.Should().HaveCount(Seeds.All.Count + CorpusFiles.AllNames.Count);
        stored.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        foreach (var golden in CorpusGoldens.All)
        {
            var edition = stored.Should().ContainSingle(e => e.ReportNumber == golden.ReportNumber && e.Published == golden.Published, golden.Name).Subject;
            edition.Title.Should().Be(golden.Title);
            CorpusOutline.Of(edition).Should().Equal(golden.Outline, golden.Name);
        }

        foreach (var seed in Seeds.All)
        {
            CorpusOutline.Of(stored.Single(e => e.SourceFile == seed.SourceFile)).Should().Equal(CorpusOutline.Of(seed), "adding HTML editions leaves the seeds as they were");
        }

        using var connection = Database.Open(seeds.DatabasePath);
        connection.Query("PRAGMA foreign_key_check").Should().BeEmpty();
    }

    [SkippableFact]
    public void Ingesting_the_corpus_and_seeds_twice_gives_identical_ids_slugs_and_anchors()
    {
        using var seeds = new TempSeeds();
        CorpusSeeds.DropInto(seeds);
        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        var first = Snapshot(seeds.DatabasePath);

        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);

        Snapshot(seeds.DatabasePath).Should().Equal(first);
        first.Should().HaveCountGreaterThan(CorpusFiles.AllNames.Count * 5);
    }

    [SkippableFact]
    public void An_edition_already_served_keeps_its_id_when_other_editions_of_its_day_arrive()
    {
        // IF11365v4, IF12173v11 and IF12595v33 are all dated September 16, 2026. IF12173v11 is served first, alone;
        // when the other two are dropped in beside it, the id its links were made with stays its own.
        using var seeds = new TempSeeds(copyRealSeeds: false);
        CorpusSeeds.DropInto(seeds, "IF12173v11");
        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        string served = EditionReader.LoadAll(seeds.DatabasePath).Single().Id;

        CorpusSeeds.DropInto(seeds, "IF11365v4", "IF12595v33");
        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);

        var sameDay = EditionReader.LoadAll(seeds.DatabasePath);
        sameDay.Should().HaveCount(3);
        sameDay.Single(e => e.ReportNumber == "IF12173").Id.Should().Be(served);
        sameDay.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        sameDay.Should().OnlyContain(e => e.Published == new DateOnly(2026, 9, 16));
    }

    private static List<string> Snapshot(string databasePath)
    {
        using var connection = Database.Open(databasePath);
        var editions = connection.Query<string>("SELECT slug || '|' || source_file FROM edition ORDER BY slug");
        var blocks = connection.Query<string>(
            """
            SELECT e.slug || '|' || s.path || '|' || b.anchor
            FROM block b JOIN section s ON s.id = b.section_id JOIN edition e ON e.id = b.edition_id
            ORDER BY e.slug, b.ordinal
            """);
        var sections = connection.Query<string>(
            "SELECT e.slug || '|' || s.path FROM section s JOIN edition e ON e.id = s.edition_id ORDER BY e.slug, s.path");
        return editions.Concat(sections).Concat(blocks).ToList();
    }
}
