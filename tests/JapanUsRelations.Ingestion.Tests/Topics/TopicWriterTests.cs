using Dapper;
using JapanUsRelations.Ingestion.Enrichment.Topics;
using JapanUsRelations.Ingestion.Storage;
using JapanUsRelations.Ingestion.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Ingestion.Tests.Topics;

public class TopicWriterTests
{
    [Fact]
    public void The_taxonomy_and_every_assignment_are_stored()
    {
        using var seeds = new TempSeeds();
        IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).Run(seeds.SeedsPath, seeds.DatabasePath);
        using var connection = Database.Open(seeds.DatabasePath);

        connection.Query<string>("SELECT slug FROM topic ORDER BY ordinal").Should().Equal(TopicTaxonomy.Default.Topics.Select(t => t.Slug));
        connection.ExecuteScalar<long>("SELECT COUNT(*) FROM topic_term").Should().Be(TopicTaxonomy.Default.Topics.Sum(t => t.Terms.Count));
        connection.ExecuteScalar<long>("SELECT COUNT(*) FROM block_topic").Should().Be(Seeds.All.Sum(e => e.Topics.Count));
        connection.ExecuteScalar<long>("SELECT COUNT(*) FROM block b WHERE NOT EXISTS (SELECT 1 FROM block_topic bt WHERE bt.block_id = b.id)")
            .Should().Be(0, "every block has a topic");
        connection.Query<string>(
            """
            SELECT bt.terms FROM block_topic bt JOIN block b ON b.id = bt.block_id JOIN edition e ON e.id = bt.edition_id
            WHERE e.slug = @edition AND b.anchor = @anchor AND bt.topic_slug = @topic
            """,
            new { edition = "2026-02-05", anchor = "p7", topic = "okinawa-and-bases" })
            .Should().ContainSingle().Which.Should().StartWith("[\"Okinawa\"");
        connection.Query<int>("SELECT rank FROM block_topic bt JOIN block b ON b.id = bt.block_id WHERE b.anchor = 't1' ORDER BY rank")
            .Should().Equal(1, 1);
        connection.Query("PRAGMA foreign_key_check").Should().BeEmpty();
    }
}
