using JapanUsRelations.Ingestion.Tests.Support;
using JapanUsRelations.Store;
using JapanUsRelations.SyntheticCorpus;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Ingestion.Tests.Lineage;

/// <summary>
/// <see cref="LineageBook.Paragraph"/>: each sentence of a paragraph followed through the editions of the scripted
/// 50-edition report (<see cref="ScriptedChain"/>). Its tracked paragraph has three sentences; edition 10 rewords
/// only the first ("shared interests in the Pacific" → "shared values and interests across the Indo-Pacific"), 20
/// moves the paragraph unchanged to Security, 30 splits it after its second sentence (the first half keeps sentences
/// 1–2, the second half is sentence 3 alone) and 40 removes both halves. So sentence 1 is reworded in 10 and removed
/// in 40; sentences 2 and 3 stand unchanged from 1 to 39 and are removed in 40.
/// </summary>
public sealed class SentenceLineageTests(ScriptedChainLineageTests.Database database) : IClassFixture<ScriptedChainLineageTests.Database>
{
    private readonly ReadStore _store = database.Store;

    private static string E(int number) => ScriptedChain.EditionId(number);

    private string Anchor(int edition, string text) => _store.Editions.Find(E(edition))!.AllBlocks().Single(b => b.Block.Text == text).Block.Anchor;

    [Fact]
    public void The_first_sentence_is_first_seen_in_1_reworded_in_10_and_removed_in_40_asked_from_any_edition()
    {
        var askedFrom = new[] { (1, ScriptedChain.Original), (15, ScriptedChain.Reworded), (25, ScriptedChain.Reworded), (35, ScriptedChain.FirstHalf) };
        foreach (var (edition, text) in askedFrom)
        {
            var first = _store.Lineage.Paragraph(E(edition), Anchor(edition, text))!.Sentences[0];
            first.Text.Should().StartWith("The tracked paragraph says that the alliance rests on shared");
            first.FirstSeen.Should().Be(E(1), $"asked from edition {edition}");
            first.LastSeen.Should().Be(E(ScriptedChain.RemovedIn - 1));
            first.Changes.Select(c => (c.EditionId, c.Relation)).Should().Equal(
                [(E(ScriptedChain.RewordedIn), PassageRelation.Reworded), (E(ScriptedChain.RemovedIn), PassageRelation.Removed)], $"asked from edition {edition}");
            first.History.Should().HaveCount(ScriptedChain.RemovedIn, "editions 1–39 where it stands and edition 40 that removed it");
            first.Latest.State.Should().Be(PassageState.Removed);
            first.Latest.RemovedIn.Should().Be(E(ScriptedChain.RemovedIn));
            first.Latest.EditionId.Should().Be(E(ScriptedChain.Editions));
        }
    }

    [Fact]
    public void The_rewording_keeps_most_words_and_names_both_wordings()
    {
        var first = _store.Lineage.Paragraph(E(1), Anchor(1, ScriptedChain.Original))!.Sentences[0];
        first.Text.Should().Be("The tracked paragraph says that the alliance rests on shared interests in the Pacific.");
        var reworded = first.History.Single(s => s.EditionId == E(ScriptedChain.RewordedIn));
        reworded.Places.Should().ContainSingle().Which.Text.Should().Be("The tracked paragraph says that the alliance rests on shared values and interests across the Indo-Pacific.");
        // Words (case-folded, punctuation trimmed): 14 before, 16 after, 12 in common ("in", "Pacific" go; "values", "and", "across", "Indo-Pacific" come): 24/30.
        reworded.Share.Should().BeApproximately(24.0 / 30, 0.0005);
        first.History.Single(s => s.EditionId == E(ScriptedChain.RewordedIn - 1)).Relation.Should().Be(PassageRelation.Same);
    }

    [Fact]
    public void The_third_sentence_stands_unchanged_until_the_split_carries_it_into_the_second_half_and_40_removes_it()
    {
        var third = _store.Lineage.Paragraph(E(1), Anchor(1, ScriptedChain.Original))!.Sentences[2];
        third.Text.Should().Be(ScriptedChain.SecondHalf);
        third.Changes.Select(c => (c.EditionId, c.Relation)).Should().Equal((E(ScriptedChain.RemovedIn), PassageRelation.Removed));
        var before = third.History.Single(s => s.EditionId == E(ScriptedChain.SplitIn - 1)).Places.Should().ContainSingle().Subject;
        before.Sentence.Should().Be(3);
        var after = third.History.Single(s => s.EditionId == E(ScriptedChain.SplitIn)).Places.Should().ContainSingle().Subject;
        after.Anchor.Should().Be(Anchor(ScriptedChain.SplitIn, ScriptedChain.SecondHalf));
        after.Sentence.Should().Be(1);
        after.SectionSlug.Should().Be("security");
        third.History.Single(s => s.EditionId == E(ScriptedChain.RemovedIn)).Paragraphs.Should().BeEmpty("both halves went in edition 40");

        var fromTheHalf = _store.Lineage.Paragraph(E(35), Anchor(35, ScriptedChain.SecondHalf))!.Sentences.Should().ContainSingle().Subject;
        fromTheHalf.FirstSeen.Should().Be(E(1));
        fromTheHalf.Lineage.Select(l => (l.Direction, l.Place.EditionId, l.Place.Sentence)).Should().Equal((LinkDirection.Earlier, E(34), 1), (LinkDirection.Later, E(36), 1));
    }

    [Fact]
    public void In_the_outlook_the_first_sentence_stands_in_all_50_editions_and_the_second_is_reworded_in_every_one()
    {
        // The Outlook paragraph of edition n: "Observers expect the partnership to deepen. As of this edition, number n,
        // no new agreement has been signed." Its second sentence differs by its number alone: 11 of 12 words, 22/24.
        const string Outlook = "Observers expect the partnership to deepen. As of this edition, number 25, no new agreement has been signed.";
        var paragraph = _store.Lineage.Paragraph(E(25), Anchor(25, Outlook))!;
        paragraph.Sentences.Select(s => s.Text).Should().Equal("Observers expect the partnership to deepen.", "As of this edition, number 25, no new agreement has been signed.");

        var kept = paragraph.Sentences[0];
        kept.FirstSeen.Should().Be(E(1));
        kept.LastSeen.Should().Be(E(ScriptedChain.Editions));
        kept.Changes.Should().BeEmpty();
        kept.History.Should().HaveCount(ScriptedChain.Editions).And.OnlyContain(s => s.Places.Count == 1 && s.Places[0].Sentence == 1);
        kept.Latest.State.Should().Be(PassageState.Unchanged);
        kept.Lineage.Select(l => (l.Direction, l.Place.EditionId, l.Relation)).Should().Equal(
            (LinkDirection.Earlier, E(24), PassageRelation.Same), (LinkDirection.Later, E(26), PassageRelation.Same));

        var counted = paragraph.Sentences[1];
        counted.FirstSeen.Should().Be(E(1));
        counted.Changes.Select(c => c.EditionId).Should().Equal(Enumerable.Range(2, ScriptedChain.Editions - 1).Select(E));
        counted.Changes.Should().OnlyContain(c => c.Relation == PassageRelation.Reworded && Math.Abs(c.Share - (22.0 / 24)) < 0.0005);
        counted.Latest.State.Should().Be(PassageState.Reworded);
        counted.Latest.Places.Should().ContainSingle().Which.Text.Should().Be($"As of this edition, number {ScriptedChain.Editions}, no new agreement has been signed.");
        counted.History[0].Places.Should().ContainSingle().Which.Text.Should().Be("As of this edition, number 1, no new agreement has been signed.");
        _store.Lineage.Paragraph(E(25), "p999").Should().BeNull();
    }

    [Fact]
    public void Without_the_lineage_tables_each_sentence_stands_alone_in_its_edition()
    {
        using var seeds = new TempSeeds();
        IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).Run(seeds.SeedsPath, seeds.DatabasePath);
        using (var connection = Ingestion.Storage.Database.Open(seeds.DatabasePath, readOnly: false))
        {
            using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE sentence_link; DROP TABLE passage_link; DROP TABLE section_link; DROP TABLE edition_step";
            drop.ExecuteNonQuery();
        }

        var paragraph = new ReadStore(seeds.DatabasePath, NullLogger<ReadStore>.Instance).Lineage.Paragraph("2024-11-05", "p1")!;
        paragraph.Sentences.Should().HaveCount(7, "2024's Overview opens with seven sentences");
        paragraph.Sentences.Should().OnlyContain(s => s.Lineage.Count == 0 && s.FirstSeen == "2024-11-05" && s.LastSeen == "2024-11-05"
            && s.History.Count == 1 && s.History[0].Relation == PassageRelation.New && s.Latest.State == PassageState.Unchanged);
        paragraph.Sentences[6].Text.Should().Be("In April 2024, then-prime minister Fumio Kishida addressed a Joint Meeting of Congress.");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
