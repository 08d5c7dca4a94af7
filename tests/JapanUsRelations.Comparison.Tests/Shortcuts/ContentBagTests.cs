using JapanUsRelations.Comparison.Alignment;
using JapanUsRelations.Comparison.Diffing;
using JapanUsRelations.Comparison.Tests.Corpus;
using JapanUsRelations.Comparison.Tests.Support;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Comparison.Tests.Shortcuts;

/// <summary>
/// A section's content bag summed from its blocks' bags holds exactly the words of its blocks' text joined (what the
/// section pairing scores), on every section of the seeds and the corpus, and on a section where a date would span a
/// join ("… in May" + "2026 …"), which counts the joined text instead.
/// </summary>
public class ContentBagTests
{
    [Fact]
    public void Every_seed_sections_bag_is_the_bag_of_its_joined_text() => BagsMatch(SeedEditions.All).Should().BeGreaterThan(30, "the five seeds hold over thirty sections");

    [SkippableFact]
    public void Every_corpus_sections_bag_is_the_bag_of_its_joined_text() =>
        BagsMatch(CorpusEditions.TwoEditionReports().SelectMany(row => new[] { CorpusEditions.Parse((string)row[0]), CorpusEditions.Parse((string)row[1]) })).Should().BeGreaterThan(5);

    [Fact]
    public void A_date_spanning_two_blocks_is_counted_as_the_joined_text_counts_it()
    {
        var edition = SeedEditions.Edition("2026-02-05");
        var section = edition.AllSections().First(s => s.Blocks.Count >= 2 && s.Blocks[0].Kind == BlockKind.Paragraph && s.Blocks[1].Kind == BlockKind.Paragraph);
        var paragraphs = section.Blocks.Take(2).ToList();
        var edited = SyntheticEdition.WithBlock(edition, paragraphs[0].Anchor, b => b with { Text = "The talks resumed in May" });
        edited = SyntheticEdition.WithBlock(edited, paragraphs[1].Anchor, b => b with { Text = "2026 saw a new agreement." });
        var info = new EditionSide(edited).Sections.Single(s => s.Section.Slug == section.Slug);

        Tokenizer.Tokenize(info.ContentText).Should().Contain("May 2026", "joined, the month and the year are one date");
        Counts(info.ContentBag).Should().Equal(Counts(new WordBag(info.ContentText)));
        Counts(info.ContentBag).Should().ContainKey("may 2026");
        new EditionSide(edited).Sections[info.Index].ContentWords.Should().Be(new WordBag(info.ContentText).Count, "the date is one word");
    }

    [Fact]
    public void Along_a_chain_an_unchanged_section_takes_its_twins_bag_and_a_changed_one_counts_its_own()
    {
        var edition = SeedEditions.Edition("2026-02-05");
        var changed = edition.AllSections().First(s => s.Blocks.Count >= 2);
        var edited = SyntheticEdition.WithBlock(edition, changed.Blocks[1].Anchor, b => b with { Text = b.Text + " One sentence more." });
        var previous = new EditionSide(edition);
        var next = new EditionSide(edited, previous);
        foreach (var info in next.Sections)
        {
            var twin = previous.Sections[info.Index];
            if (info.Section.Slug == changed.Slug)
            {
                info.ContentBag.Should().NotBeSameAs(twin.ContentBag, "one of its blocks changed");
                Counts(info.ContentBag).Should().ContainKey("sentence").And.Equal(Counts(new WordBag(info.ContentText)));
            }
            else if (info.Blocks.Count > 0)
            {
                info.ContentBag.Should().BeSameAs(twin.ContentBag, $"{info.Section.Slug} is unchanged");
            }
        }
    }

    private static int BagsMatch(IEnumerable<Edition> editions)
    {
        int sections = 0;
        foreach (var edition in editions)
        {
            foreach (var info in new EditionSide(edition).Sections)
            {
                Counts(info.ContentBag).Should().Equal(Counts(new WordBag(info.ContentText)), info.Section.Slug);
                info.ContentBag.Count.Should().Be(new WordBag(info.ContentText).Count);
                new EditionSide(edition).Sections[info.Index].ContentWords.Should().Be(new WordBag(info.ContentText).Count, "counted without the bag");
                sections++;
            }
        }

        return sections;
    }

    private static Dictionary<string, int> Counts(WordBag bag) => bag.Counts.OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
}
