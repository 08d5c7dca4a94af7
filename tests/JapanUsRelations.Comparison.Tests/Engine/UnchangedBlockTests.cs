using System.Text.Json;
using JapanUsRelations.Comparison.Alignment;
using JapanUsRelations.Comparison.Diffing;
using JapanUsRelations.Comparison.Tests.Support;

namespace JapanUsRelations.Comparison.Tests.Engine;

/// <summary>
/// The shortcut for a block standing unchanged in place gives what classifying and counting it gives, on every
/// paragraph and list of every seed paired with itself (tables always take the full path).
/// </summary>
public class UnchangedBlockTests
{
    [Fact]
    public void An_identical_block_in_place_assembles_as_the_full_path_assembles_it()
    {
        int checkedBlocks = 0;
        foreach (var edition in SeedEditions.All)
        {
            var side = new EditionSide(edition);
            foreach (var block in side.Blocks)
            {
                var diff = new SimilarityCache().Full(block, block);
                var entry = new AlignedEntry([block], [block], EntryKind.InPlace, diff);
                if (block.Block.Table is not null || block.Block.Text.Length == 0)
                {
                    ComparisonAssembler.IsIdentical(entry).Should().BeFalse();
                    continue;
                }

                ComparisonAssembler.IsIdentical(entry).Should().BeTrue(block.Block.Text);
                JsonSerializer.Serialize(ComparisonAssembler.Unchanged(entry)).Should().Be(JsonSerializer.Serialize(ComparisonAssembler.Compared(entry)), block.Block.Text);
                checkedBlocks++;
            }
        }

        checkedBlocks.Should().BeGreaterThan(50);
    }

    [Fact]
    public void A_block_with_any_change_takes_the_full_path()
    {
        var edition = SeedEditions.Edition("2024-11-05");
        var side = new EditionSide(edition);
        var (a, b) = (side.Blocks[0], side.Blocks[1]);
        var entry = new AlignedEntry([a], [b], EntryKind.InPlace, WordDiff.Diff(a.Block.Text, b.Block.Text));
        ComparisonAssembler.IsIdentical(entry).Should().BeFalse();
        ComparisonAssembler.IsIdentical(entry with { Kind = EntryKind.Moved, Diff = new SimilarityCache().Full(a, a) }).Should().BeFalse("a moved block is not unchanged");
    }
}
