using JapanUsRelations.Comparison.Digest;
using JapanUsRelations.Comparison.Tests.Support;

namespace JapanUsRelations.Comparison.Tests.Engine;

/// <summary>Sections merged and split, as the digest names them (hand-made editions: one layout feature each).</summary>
public class SectionChangeTests
{
    private const string Trade = "The two countries have three limited bilateral trade deals covering market access and digital trade rules.";
    private const string Investment = "Japan is the top source of foreign direct investment in the United States, ahead of every other partner.";

    [Fact]
    public void Two_sections_whose_paragraphs_now_stand_in_one_are_a_merge()
    {
        var older = new EditionBuilder("a").Section("Trade", Trade).Section("Investment", Investment).Build();
        var newer = new EditionBuilder("b").Section("Trade and Investment", Trade, Investment).Build();

        var digest = EditionComparer.Compare(older, newer).Digest;

        digest.Sections.Should().ContainSingle(s => s.Kind == SectionChangeKind.Merged)
            .Which.Parts.Should().BeEquivalentTo(["trade", "investment"]);
    }

    [Fact]
    public void One_section_whose_paragraphs_now_stand_in_two_is_a_split()
    {
        var older = new EditionBuilder("a").Section("Trade and Investment", Trade, Investment).Build();
        var newer = new EditionBuilder("b").Section("Trade", Trade).Section("Investment", Investment).Build();

        var digest = EditionComparer.Compare(older, newer).Digest;

        digest.Sections.Should().ContainSingle(s => s.Kind == SectionChangeKind.Split)
            .Which.Parts.Should().BeEquivalentTo(["trade", "investment"]);
    }

    [Fact]
    public void A_section_kept_whole_is_neither()
    {
        var older = new EditionBuilder("a").Section("Trade", Trade).Section("Investment", Investment).Build();

        EditionComparer.Compare(older, older).Digest.Sections.Should().BeEmpty();
    }
}
