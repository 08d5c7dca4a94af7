using JapanUsRelations.Ingestion.Enrichment.Topics;
using JapanUsRelations.Ingestion.Tests.Support;

namespace JapanUsRelations.Ingestion.Tests.Topics;

/// <summary>The pre-test before a term's pattern may skip a pattern only where the pattern cannot match.</summary>
public class WordPrefixTests
{
    [Fact]
    public void Every_term_pattern_that_matches_a_seed_text_passes_the_pre_test()
    {
        var texts = Seeds.All.SelectMany(e => e.AllBlocks().Select(b => TopicsEnricher.TextOf(b.Block)))
            .Concat(Seeds.All.SelectMany(e => e.AllSections().Select(s => s.Heading ?? ""))).ToList();
        var terms = TopicTaxonomy.Default.Topics.SelectMany(t => t.Terms).ToList();
        int matched = 0, skipped = 0;
        foreach (string text in texts)
        {
            var words = WordPrefix.Words(text);
            foreach (var term in terms)
            {
                bool passes = words is null || WordPrefix.AnyStartsWith(words, WordPrefix.Needle(term.Phrase));
                if (TermPattern.For(term.Phrase).IsMatch(text))
                {
                    matched++;
                    passes.Should().BeTrue($"\"{term.Phrase}\" matches \"{text[..Math.Min(60, text.Length)]}…\"");
                }
                else if (!passes)
                {
                    skipped++;
                }
            }
        }

        matched.Should().BeGreaterThan(500, "the seeds mention many taxonomy terms");
        skipped.Should().BeGreaterThan(matched, "most patterns are skipped for most texts (that is the point)");
    }

    [SkippableFact]
    public void Every_term_pattern_that_matches_a_seed_or_corpus_text_holds_its_whole_words()
    {
        Corpus.CorpusFiles.RequireCorpus();
        var texts = Seeds.All.Concat(Corpus.CorpusFiles.AllNames.Select(Corpus.CorpusFiles.Parse))
            .SelectMany(e => e.AllBlocks().Select(b => TopicsEnricher.TextOf(b.Block)).Concat(e.AllSections().Select(s => s.Heading ?? ""))).ToList();
        var terms = TopicTaxonomy.Default.Topics.SelectMany(t => t.Terms).ToList();
        int matched = 0, skippedByNeedle = 0, skippedByWords = 0;
        foreach (string text in texts)
        {
            var words = WordPrefix.Words(text);
            foreach (var term in terms)
            {
                bool needle = words is null || WordPrefix.AnyStartsWith(words, WordPrefix.Needle(term.Phrase));
                var (whole, lastStart) = WordPrefix.WholeWords(term.Phrase.Trim());
                bool passes = needle && (words is null || (WordPrefix.AnyStartsWith(words, lastStart) && whole.All(w => WordPrefix.HasWord(words, w))));
                if (TermPattern.For(term.Phrase).IsMatch(text))
                {
                    matched++;
                    passes.Should().BeTrue($"\"{term.Phrase}\" matches \"{text[..Math.Min(60, text.Length)]}…\"");
                }

                skippedByNeedle += needle ? 0 : 1;
                skippedByWords += passes ? 0 : 1;
            }
        }

        matched.Should().BeGreaterThan(1000);
        skippedByWords.Should().BeGreaterThan(skippedByNeedle, "a phrase's other words skip patterns its first letters let through");
    }

    [Theory]
    [InlineData("U.S. forces", new[] { "u", "s" }, "force")]
    [InlineData("host nation support", new[] { "host", "nation" }, "suppor")]
    [InlineData("Tokyo's", new[] { "tokyo" }, "")]
    [InlineData("economy", new string[0], "econom")]
    [InlineData("Ōkinawa bases", new string[0], "")]
    public void A_phrase_asks_for_its_words_but_the_last_whole_and_the_last_by_its_start(string phrase, string[] whole, string lastStart)
    {
        var asked = WordPrefix.WholeWords(phrase);
        asked.Whole.Should().Equal(whole);
        asked.LastStart.Should().Be(lastStart);
    }

    [Theory]
    [InlineData("Host-nation support rose.", "host nation support", true)]
    [InlineData("Two economies grew.", "economy", true)]
    [InlineData("The TARIFFS stayed.", "tariff", true)]
    [InlineData("Tokyo's view", "Tokyo's", true)]
    [InlineData("Nothing here.", "tariff", false)]
    [InlineData("pretariff era", "tariff", false)]
    public void The_pre_test_looks_for_a_word_starting_with_the_terms_first_letters(string text, string term, bool passes) =>
        WordPrefix.AnyStartsWith(WordPrefix.Words(text)!, WordPrefix.Needle(term)).Should().Be(passes);

    [Theory]
    [InlineData("Ōkinawa bases")]
    [InlineData("Kelvin \u212A sign")]
    [InlineData("İstanbul talks")]
    public void Text_with_a_non_ASCII_letter_runs_every_pattern(string text) =>
        WordPrefix.Words(text).Should().BeNull();

    [Theory]
    [InlineData("U.S. forces", "")]
    [InlineData("5G", "5")]
    [InlineData("Ōkinawa", "")]
    [InlineData("  Senkaku Islands ", "senkak")]
    public void The_needle_is_the_leading_ASCII_letters_and_digits_less_one(string phrase, string needle) =>
        WordPrefix.Needle(phrase).Should().Be(needle);
}
