using JapanUsRelations.Ingestion.Enrichment.Facts;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Lineage;
using JapanUsRelations.Store;

namespace JapanUsRelations.Ingestion.Tests.Lineage;

/// <summary>
/// The sentences the read side shows (<see cref="LineageBook.Paragraph"/>) are numbered as the lineage stage numbered
/// them when it wrote <c>sentence_link</c> (<c>SentencePairer</c> over <c>SentenceSplitter</c>): over every linked
/// paragraph pair of the seeds, each pair the pairer makes of the two texts is the counterpart the store reads back,
/// at the same numbers and with the same texts, and an identical pair reads sentence n as sentence n.
/// </summary>
public class SentenceNumberingTests(SeedLineage seeds) : IClassFixture<SeedLineage>
{
    private static IReadOnlyList<string> Split(string text) => SentenceSplitter.Split(text).Select(s => s.Text.Trim()).ToList();

    [Fact]
    public void Every_stored_sentence_pair_reads_back_at_the_pairer_s_numbers_with_its_texts()
    {
        var catalog = seeds.Store.Editions;
        var lineage = seeds.Store.Lineage;
        int pairs = 0;
        int identical = 0;
        foreach (var edition in catalog.Reports)
        {
            foreach (var (_, block) in edition.AllBlocks().Where(b => b.Block.Kind == BlockKind.Paragraph))
            {
                var paragraph = lineage.Paragraph(edition.Id, block.Anchor)!;
                paragraph.Sentences.Select(s => s.Text).Should().Equal(Split(block.Text), $"{edition.Id} {block.Anchor} as the pairer splits it");
                foreach (var link in paragraph.Passage.Lineage.Where(l => l.Direction == LinkDirection.Earlier))
                {
                    var older = catalog.Find(link.EditionId)!.AllBlocks().Single(b => b.Block.Anchor == link.Anchor).Block;
                    if (older.Kind != BlockKind.Paragraph)
                    {
                        continue;
                    }

                    var expected = string.Equals(older.Text, block.Text, StringComparison.Ordinal)
                        ? Enumerable.Range(1, Split(block.Text).Count).Select(n => (Older: n, Newer: n, Reworded: false, Share: 1.0)).ToList()
                        : SentencePairer.Pair(older.Text, block.Text).ToList();
                    identical += string.Equals(older.Text, block.Text, StringComparison.Ordinal) ? 1 : 0;
                    foreach (var (o, n, reworded, share) in expected)
                    {
                        pairs++;
                        var sentence = paragraph.Sentences[n - 1];
                        var counterpart = sentence.Lineage.Should().ContainSingle(c => c.Direction == LinkDirection.Earlier && c.Place.Anchor == link.Anchor
                            && c.Place.EditionId == link.EditionId, $"{edition.Id} {block.Anchor} sentence {n}").Subject;
                        counterpart.Place.Sentence.Should().Be(o);
                        counterpart.Place.Text.Should().Be(Split(older.Text)[o - 1]);
                        counterpart.Relation.Should().Be(reworded ? PassageRelation.Reworded : PassageRelation.Same);
                        counterpart.Share.Should().BeApproximately(share, 1e-9);
                    }

                    var paired = expected.Select(p => p.Newer).ToHashSet();
                    paragraph.Sentences.Where(s => !paired.Contains(s.Number)).Should().NotContain(
                        s => s.Lineage.Any(c => c.Direction == LinkDirection.Earlier && c.Place.Anchor == link.Anchor && c.Place.EditionId == link.EditionId),
                        "a sentence the pairer left over has no counterpart there");
                }
            }
        }

        pairs.Should().BeGreaterThan(15, "the seeds' linked paragraphs share many sentences");
        identical.Should().Be(0, "no paragraph of the seeds stands word for word in the edition after it");
    }
}
