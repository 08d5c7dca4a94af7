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

    [Fact]
    public void Facts_are_stored_with_their_values_and_types_exactly()
    {
        using var seeds = new TempSeeds();
        IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).Run(seeds.SeedsPath, seeds.DatabasePath);
        using var connection = Database.Open(seeds.DatabasePath, readOnly: false);
        var (editionRowId, blockId, anchor) = connection.QuerySingle<(long, long, string)>(
            "SELECT e.id, b.id, b.anchor FROM edition e JOIN block b ON b.edition_id = e.id WHERE e.slug = '2026-02-05' ORDER BY b.id LIMIT 1");
        // Numbers whose decimal and binary forms are far apart, text JSON must escape, and nulls in every nullable column.
        decimal?[] numbers = [0.1m, 1m / 3m, 2_350_000_000m, 0.7m, 0.0000001m, decimal.MaxValue, -12.5m, 123_456_789.123456789m, 60_000m, null, 1e-28m, 5e-324m];
        string[] texts = ["\"quoted\" and \\ back", "tab\there", "line\u2028separator", "日本 🗾", "</script>", "nul\0inside", "", "'single'"];
        var facts = numbers.Select((n, i) => new Ingestion.Model.Fact
        {
            Kind = i % 3 == 0 ? null : "us-troops-in-japan", BlockAnchor = anchor, Text = texts[i % texts.Length], Quote = texts[(i + 1) % texts.Length],
            Number = n, Value = texts[(i + 2) % texts.Length], Unit = i % 2 == 0 ? null : texts[i % texts.Length], Qualifier = i % 4 == 0 ? "around" : null,
            DataYear = i % 2 == 0 ? 2024 + i : null, RowLabel = i % 5 == 0 ? null : "Japan", ColumnLabel = i % 5 == 0 ? null : "U.S. exports", Offset = i * 7,
        }).ToList();
        using (var transaction = connection.BeginTransaction())
        {
            connection.Execute("DELETE FROM fact WHERE edition_id = @editionRowId", new { editionRowId }, transaction);
            var edition = Seeds.Edition("2026-02-05") with { Facts = facts };
            new Ingestion.Enrichment.Facts.FactWriter().Write(connection, transaction, edition, editionRowId, new Dictionary<string, long> { [anchor] = blockId });
            PreparedInsert.Release(connection);
            transaction.Commit();
        }

        var stored = connection.Query<(long Block, long Ordinal, string? Kind, string Text, string Quote, long Offset, double? Number, string NumberType, string Value, string? Unit, string? Qualifier, long? DataYear, string? RowLabel, string? ColumnLabel)>(
            """
            SELECT block_id, ordinal, kind, text, quote, offset_in_block, number, typeof(number), value, unit, qualifier, data_year, row_label, column_label
            FROM fact WHERE edition_id = @editionRowId ORDER BY id
            """,
            new { editionRowId }).ToList();
        stored.Should().HaveCount(facts.Count);
        for (int i = 0; i < facts.Count; i++)
        {
            var f = facts[i];
            var row = stored[i];
            row.Should().Be(
                (blockId, i + 1L, f.Kind, f.Text, f.Quote, (long)f.Offset, (double?)f.Number, f.Number is null ? "null" : "real", f.Value, f.Unit, f.Qualifier, (long?)f.DataYear, f.RowLabel, f.ColumnLabel),
                $"fact {i + 1} (number {f.Number})");
        }
    }
}
