using JapanUsRelations.Ingestion.Storage;
using JapanUsRelations.Ingestion.Tests.Support;
using JapanUsRelations.Store;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Ingestion.Tests.Storage;

/// <summary>The read-side store gives back what enrichment found, and the parser version follows the build.</summary>
public class ReadBackTests
{
    [Fact]
    public void Editions_read_back_carry_their_facts_and_topics()
    {
        using var seeds = new TempSeeds();
        IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).Run(seeds.SeedsPath, seeds.DatabasePath);
        var stored = EditionReader.LoadAll(seeds.DatabasePath);
        foreach (var edition in Seeds.All)
        {
            var back = stored.Single(e => e.Id == edition.Id);
            edition.Facts.Should().NotBeEmpty(edition.Id);
            back.Facts.Should().Equal(edition.Facts, edition.Id);
            back.Topics.Select(t => (t.Topic, t.BlockAnchor, t.Score, string.Join('|', t.Terms)))
                .Should().BeEquivalentTo(edition.Topics.Select(t => (t.Topic, t.BlockAnchor, t.Score, string.Join('|', t.Terms))), edition.Id);
        }
    }

    [Fact]
    public void A_database_from_before_the_facts_and_topics_migrations_reads_with_none()
    {
        using var seeds = new TempSeeds();
        IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).Run(seeds.SeedsPath, seeds.DatabasePath);
        using (var connection = Database.Open(seeds.DatabasePath, readOnly: false))
        {
            using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE fact; DROP TABLE block_topic; DROP TABLE slug_alias";
            drop.ExecuteNonQuery();
        }

        var stored = EditionReader.LoadAll(seeds.DatabasePath);
        stored.Should().HaveCount(Seeds.All.Count);
        stored.Should().OnlyContain(e => e.Facts.Count == 0 && e.Topics.Count == 0);
        using var connections = new SnapshotConnections(seeds.DatabasePath);
        SlugAliases.Load(connections).NewSlug("2018", "anything").Should().BeNull();
    }

    [Fact]
    public void The_topic_threshold_is_read_from_the_database_served()
    {
        using var seeds = new TempSeeds();
        IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).Run(seeds.SeedsPath, seeds.DatabasePath);
        new ReadStore(seeds.DatabasePath, Microsoft.Extensions.Logging.Abstractions.NullLogger<ReadStore>.Instance).Topics.Threshold.Should().Be(Enrichment.Topics.TopicTaxonomy.Default.MinScore, "written with the taxonomy");
        using (var connection = Database.Open(seeds.DatabasePath, readOnly: false))
        {
            using var update = connection.CreateCommand();
            update.CommandText = "UPDATE topic_threshold SET min_score = 9.5";
            update.ExecuteNonQuery();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        new ReadStore(seeds.DatabasePath, Microsoft.Extensions.Logging.Abstractions.NullLogger<ReadStore>.Instance).Topics.Threshold.Should().Be(9.5, "the database's own threshold, not this build's");
    }

    [Fact]
    public void Parser_version_is_a_hash_of_the_ingestion_build_so_changed_rules_reingest()
    {
        ParserVersion.Current.Should().MatchRegex("^[0-9a-f]{16}$");
        ParserVersion.Of(typeof(ParserVersion).Assembly).Should().Be(ParserVersion.Current, "derived, not chosen");
        ParserVersion.Of(typeof(EditionReader).Assembly).Should().NotBe(ParserVersion.Current, "another build's code and resources hash differently");
        IngestionPipeline.ParserVersion.Should().Be(ParserVersion.Current);
    }
}
