using System.Text.Json;
using JapanUsRelations.Comparison.Tables;
using JapanUsRelations.Comparison.Tests.Support;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Comparison.Tests.Shortcuts;

/// <summary>
/// A chain's table comparisons kept from its previous pair are the comparisons <see cref="TableDiffer"/> gives: a
/// table of the same content is taken from the memo, one that differs anywhere <see cref="TableDiffer"/> reads (a
/// cell, the caption, the units, the source, a note) is compared anew; and a chain of seed editions compares
/// alike with and without the memo.
/// </summary>
public class TableMemoTests
{
    private static readonly Table Trade = new EditionBuilder("t").Section("Trade")
        .Table(["Partner", "2023", "2024"], ["Canada", "10", "11"], ["Japan", "20", "21"]).Build().AllBlocks().Single().Block.Table!;

    [Fact]
    public void A_table_of_the_same_content_is_taken_from_the_previous_pair()
    {
        var memo = new TableMemo();
        var copy = Trade with { Cells = [.. Trade.Cells] };
        memo.NextPair();
        var first = memo.Compare(Trade, copy);
        memo.NextPair();
        var kept = memo.Compare(copy, Trade with { Cells = [.. Trade.Cells] });
        kept.Should().BeSameAs(first, "the same content on both sides as the pair before");
        Json(kept).Should().Be(Json(TableDiffer.Compare(copy, Trade)));
    }

    public static TheoryData<string> Edits() => ["cell", "caption", "units", "source", "note"];

    [Theory]
    [MemberData(nameof(Edits))]
    public void A_table_differing_in_what_the_differ_reads_is_compared_anew(string edit)
    {
        var edited = edit switch
        {
            "cell" => Trade with { Cells = Trade.Cells.Select(c => c.Text == "21" ? c with { Text = "22" } : c).ToList() },
            "caption" => Trade with { Caption = "Figure 1. Trade" },
            "units" => Trade with { Units = "U.S. $ billions" },
            "source" => Trade with { SourceNote = "Source: CRS." },
            _ => Trade with { Notes = ["Note: estimates."] },
        };
        var memo = new TableMemo();
        memo.NextPair();
        var same = memo.Compare(Trade, Trade);
        memo.NextPair();
        var changed = memo.Compare(Trade, edited);
        changed.Should().NotBeSameAs(same);
        Json(changed).Should().Be(Json(TableDiffer.Compare(Trade, edited)));
        Json(changed).Should().NotBe(Json(same), $"the {edit} changed");
    }

    [Fact]
    public void A_seed_chain_compares_alike_with_the_memo_and_without()
    {
        var chain = new[] { "2016-03-11", "2018", "2024-11-05", "2026-02-05", "2024-11-05", "2026-02-05" }.Select(SeedEditions.Edition).ToList();
        chain.SelectMany(e => e.AllBlocks()).Should().Contain(b => b.Block.Table != null, "IF10199 prints tables");
        var comparer = new EditionChainComparer();
        for (int k = 1; k < chain.Count; k++)
        {
            Json(comparer.Compare(chain[k - 1], chain[k])).Should().Be(Json(EditionComparer.Compare(chain[k - 1], chain[k])), $"step {k}");
        }
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
