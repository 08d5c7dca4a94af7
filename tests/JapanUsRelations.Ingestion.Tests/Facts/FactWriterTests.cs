using Dapper;
using JapanUsRelations.Ingestion.Storage;
using JapanUsRelations.Ingestion.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Ingestion.Tests.Facts;

public class FactWriterTests
{
    [Fact]
    public void Every_fact_and_every_kind_met_are_stored()
    {
        using var seeds = new TempSeeds();
        IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).Run(seeds.SeedsPath, seeds.DatabasePath);
        using var connection = Database.Open(seeds.DatabasePath);

        connection.ExecuteScalar<long>("SELECT COUNT(*) FROM fact").Should().Be(Seeds.All.Sum(e => e.Facts.Count));
        connection.ExecuteScalar<long>("SELECT COUNT(*) FROM fact_kind WHERE kind LIKE 'us-imports-from-%'").Should().Be(6);
        connection.Query<(string Text, string Quote, string Qualifier, double Number)>(
            """
            SELECT f.text, f.quote, f.qualifier, f.number FROM fact f JOIN edition e ON e.id = f.edition_id
            WHERE e.slug = @edition AND f.kind = 'us-troops-in-japan'
            """,
            new { edition = "2026-02-05" })
            .Should().ContainSingle().Which.Should().Be(("around 60,000",
                "The U.S.-Japan mutual defense treaty grants the United States the right to base U.S. troops—currently around 60,000—and military assets on Japan's territory in return for U.S. security guarantees.",
                "around", 60000d));
        connection.ExecuteScalar<long>("SELECT COUNT(*) FROM fact f JOIN block b ON b.id = f.block_id WHERE instr(b.text, f.quote) = 0 OR substr(b.text, f.offset_in_block + 1, length(f.text)) <> f.text")
            .Should().Be(0);
        connection.Query("PRAGMA foreign_key_check").Should().BeEmpty();
    }
}
