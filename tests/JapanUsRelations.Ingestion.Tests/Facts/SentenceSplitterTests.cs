using JapanUsRelations.Ingestion.Enrichment.Facts;

namespace JapanUsRelations.Ingestion.Tests.Facts;

public class SentenceSplitterTests
{
    [Fact]
    public void Abbreviations_and_initials_do_not_end_a_sentence()
    {
        // 2024-11-05, verbatim.
        const string text = "In the FY2024 National Defense Authorization Act (P.L. 118-31, §1317), Congress required the Defense Department to report on plans for enhancing U.S.-Japan security cooperation by June 1, 2024. Japan pays roughly $2 billion per year.";
        SentenceSplitter.Split(text).Select(s => s.Text).Should().Equal(
            "In the FY2024 National Defense Authorization Act (P.L. 118-31, §1317), Congress required the Defense Department to report on plans for enhancing U.S.-Japan security cooperation by June 1, 2024.",
            "Japan pays roughly $2 billion per year.");
    }

    [Fact]
    public void A_parenthesised_sentence_keeps_its_brackets_and_offsets_point_into_the_text()
    {
        const string text = "China is Japan’s top trading partner, accounting in 2023 for 20% of Japan’s total goods trade. (The U.S. share was 15%.)";
        var sentences = SentenceSplitter.Split(text);
        sentences.Select(s => s.Text).Should().Equal(
            "China is Japan’s top trading partner, accounting in 2023 for 20% of Japan’s total goods trade.", "(The U.S. share was 15%.)");
        sentences.Should().OnlyContain(s => text.Substring(s.Start, s.Text.Length) == s.Text);
    }

    [Fact]
    public void Legal_citations_with_et_seq_stay_in_one_sentence()
    {
        const string text = "In 2025, Trump imposed global and country-specific tariffs on most trading partners, including Japan, under the International Emergency Economic Powers Act (50 U.S.C. §§1701 et seq.). In July 2025, the United States and Japan announced a deal.";
        SentenceSplitter.Split(text).Should().HaveCount(2);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("...")]
    [InlineData("U.S. U.S. U.S.")]
    public void Empty_or_odd_text_gives_no_empty_sentences(string text)
    {
        SentenceSplitter.Split(text).Where(s => s.Text.Length == 0 || s.Text.Trim() != s.Text || text.Substring(s.Start, s.Text.Length) != s.Text).Should().BeEmpty();
    }
}
