using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Comparison.Tests.Support;

/// <summary>A seed edition with one hand-made change: one block's text (or table) replaced, everything else as parsed.</summary>
public static class SyntheticEdition
{
    /// <summary>The edition with block <paramref name="anchor"/> rewritten by <paramref name="change"/>, under a new id and hash.</summary>
    public static Edition WithBlock(Edition edition, string anchor, Func<Block, Block> change)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(change);
        bool found = false;
        Section Walk(Section s) => s with
        {
            Blocks = s.Blocks.Select(b => b.Anchor == anchor && (found = true) ? change(b) : b).ToList(),
            Children = s.Children.Select(Walk).ToList(),
        };
        var result = edition with { Id = edition.Id + "-synthetic", SourceSha256 = edition.SourceSha256 + "-synthetic", Sections = edition.Sections.Select(Walk).ToList() };
        found.Should().BeTrue($"{edition.Id} has a block {anchor}");
        return result;
    }

    /// <summary>The edition with one phrase of block <paramref name="anchor"/> replaced (it must occur exactly once).</summary>
    public static Edition WithText(Edition edition, string anchor, string from, string to) =>
        WithBlock(edition, anchor, b =>
        {
            b.Text.Split(from).Length.Should().Be(2, $"\"{from}\" occurs once in {anchor}");
            return b with { Text = b.Text.Replace(from, to, StringComparison.Ordinal) };
        });
}
