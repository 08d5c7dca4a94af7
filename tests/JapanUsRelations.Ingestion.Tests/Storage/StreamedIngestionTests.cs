using System.Security.Cryptography;
using Dapper;
using JapanUsRelations.Ingestion.Tests.Support;
using JapanUsRelations.Lineage;
using JapanUsRelations.Store;
using JapanUsRelations.SyntheticCorpus;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Ingestion.Tests.Storage;

/// <summary>
/// The streamed ingestion: a first pass gives every edition its id, then each edition is parsed, enriched, written
/// and handed to the corpus stages one at a time, and dropped once no stage needs it.
/// </summary>
public sealed class StreamedIngestionTests : IDisposable
{
    private readonly TempSeeds _seeds = new(copyRealSeeds: false);

    private string Generate(int editions)
    {
        CorpusGenerator.Generate(Seeds.Directory, _seeds.SeedsPath, new CorpusOptions { Editions = editions, Seed = 5 });
        return _seeds.SeedsPath;
    }

    [Fact]
    public void Corpus_stages_plan_with_every_final_id_then_hear_each_edition_once_its_rows_exist_in_file_order()
    {
        using var seeds = new TempSeeds();
        var recorder = new RecordingCorpusWriter();
        IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).With(recorder).Run(seeds.SeedsPath, seeds.DatabasePath);

        // The seeds in file-name order: 2016 fact sheet, 2018 summary, 2024 and 2026 IF10199, the encyclopedia (undated: its title slug).
        string[] ids = ["2016-03-11", "2018", "2024-11-05", "2026-02-05", "japan-united-states-relations"];
        recorder.Planned.Should().Equal(ids);
        recorder.PlannedSections.Should().OnlyContain(n => n == 0, "the plan carries metadata, not contents");
        recorder.Written.Select(w => w.Id).Should().Equal(ids);
        recorder.Written.Should().OnlyContain(w => w.RowSlug == w.Id && w.BlockRows == w.Blocks && w.Blocks > 0, "an edition's rows are written before the stages hear of it");
        (recorder.Began, recorder.Finished, recorder.Disposed).Should().Be((1, 1, 1));
        EditionReader.LoadAll(seeds.DatabasePath).Select(e => e.Id).Should().BeEquivalentTo(ids);
    }

    [Fact]
    public void Editions_are_dropped_once_written_and_compared_not_held_to_the_end()
    {
        Generate(30);
        int alive = -1;
        var recorder = new RecordingCorpusWriter { AtFinish = r => alive = r.Alive() };
        var summary = CorpusIngestion.CreateDefault(NullLoggerFactory.Instance).With(recorder).Run(_seeds.SeedsPath, _seeds.DatabasePath);

        summary.Editions.Should().Be(30);
        recorder.Editions.Should().HaveCount(30);
        alive.Should().BeLessThanOrEqualTo(2, "after the last edition is written and compared only the last one may still be referenced, not the 30");
    }

    [Fact]
    public void A_seed_that_changes_after_the_first_pass_fails_the_run_naming_it_and_leaves_the_served_database_untouched()
    {
        string folder = Generate(30);
        var pipeline = IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).KeepingSurvey(0);
        pipeline.Run(folder, _seeds.DatabasePath);
        string before = Hash(_seeds.DatabasePath);
        string last = Directory.GetFiles(folder).Where(f => !f.EndsWith("manifest.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Last();
        var recorder = new RecordingCorpusWriter { AtFirstEdition = () => File.AppendAllText(last, "\nA sentence added while the ingestion ran.\n") };

        var act = () => pipeline.With(recorder).Run(folder, _seeds.DatabasePath);

        act.Should().Throw<SeedFormatException>().WithMessage($"{Path.GetFileName(last)}*changed while it was being ingested*");
        recorder.Written.Should().NotBeEmpty("the failure came after writing began");
        (recorder.Finished, recorder.Disposed).Should().Be((0, 1));
        Hash(_seeds.DatabasePath).Should().Be(before);
        Directory.GetFiles(_seeds.DataPath).Should().ContainSingle("no temporary database is left behind");
    }

    [Fact]
    public void Parsed_twice_or_kept_from_the_first_pass_the_database_is_the_same()
    {
        string folder = Generate(12);
        string kept = Path.Combine(_seeds.DataPath, "kept.db");
        string twice = Path.Combine(_seeds.DataPath, "twice.db");
        CorpusIngestion.CreateDefault(NullLoggerFactory.Instance).Run(folder, kept);
        var pipeline = IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).KeepingSurvey(0).With(new LineageWriter(NullLogger<LineageWriter>.Instance));
        pipeline.Run(folder, twice);

        foreach (string table in new[] { "edition", "section", "block", "fact", "block_topic", "search_index", "edition_step", "passage_link", "section_link", "sentence_link" })
        {
            Rows(twice, table).Should().Equal(Rows(kept, table), table);
        }
    }

    // Every row of a table (in its key order) with every column, blobs as hex.
    private static List<string> Rows(string database, string table)
    {
        using var connection = JapanUsRelations.Ingestion.Storage.Database.Open(database);
        return connection.Query($"SELECT * FROM {table}")
            .Select(row => string.Join("|", ((IDictionary<string, object?>)row).Values.Select(v => v is byte[] b ? Convert.ToHexString(b) : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "∅")))
            .ToList();
    }

    private static string Hash(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    /// <inheritdoc />
    public void Dispose() => _seeds.Dispose();
}
