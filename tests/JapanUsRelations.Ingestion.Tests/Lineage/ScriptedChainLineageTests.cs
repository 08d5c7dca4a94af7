using JapanUsRelations.Ingestion.Tests.Support;
using JapanUsRelations.Lineage;
using JapanUsRelations.Store;
using JapanUsRelations.SyntheticCorpus;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Ingestion.Tests.Lineage;

/// <summary>
/// A scripted report of 50 editions (<see cref="ScriptedChain"/>) whose tracked paragraph is reworded in edition
/// 10, moved from Trade to Security in 20, split in 30 and removed in 40: its lineage says exactly that, asked from
/// any edition it stands in.
/// </summary>
public sealed class ScriptedChainLineageTests(ScriptedChainLineageTests.Database database) : IClassFixture<ScriptedChainLineageTests.Database>
{
    private readonly ReadStore _store = database.Store;

    private static string E(int number) => ScriptedChain.EditionId(number);

    private (string Section, string Anchor) Find(int edition, string text)
    {
        var found = _store.Editions.Find(E(edition))!.AllBlocks().Single(b => b.Block.Text == text);
        return (found.Section.Slug, found.Block.Anchor);
    }

    [Fact]
    public void The_tracked_paragraph_history_is_first_seen_1_reworded_10_moved_20_split_30_removed_40()
    {
        _store.Editions.Reports.Should().HaveCount(ScriptedChain.Editions);
        var expected = new[]
        {
            (E(1), PassageRelation.New), (E(ScriptedChain.RewordedIn), PassageRelation.Reworded), (E(ScriptedChain.MovedIn), PassageRelation.Moved),
            (E(ScriptedChain.SplitIn), PassageRelation.Split), (E(ScriptedChain.RemovedIn), PassageRelation.Removed),
        };
        var askedFrom = new[]
        {
            (1, ScriptedChain.Original), (15, ScriptedChain.Reworded), (25, ScriptedChain.Reworded), (35, ScriptedChain.FirstHalf), (39, ScriptedChain.SecondHalf),
        };
        foreach (var (edition, text) in askedFrom)
        {
            var (_, anchor) = Find(edition, text);
            var lineage = _store.Lineage.Passage(E(edition), anchor)!;
            lineage.Changes.Select(s => (s.EditionId, s.Relation)).Should().Equal(expected, $"asked from edition {edition}");
            lineage.FirstSeen.Should().Be(E(1));
            lineage.LastSeen.Should().Be(E(ScriptedChain.RemovedIn - 1));
            lineage.StandsIn.Should().Equal(Enumerable.Range(1, ScriptedChain.RemovedIn - 1).Select(E));
            lineage.Latest.State.Should().Be(PassageState.Removed);
            lineage.Latest.EditionId.Should().Be(E(ScriptedChain.Editions));
            lineage.Latest.RemovedIn.Should().Be(E(ScriptedChain.RemovedIn));
        }
    }

    [Fact]
    public void Each_step_stands_where_the_script_put_it()
    {
        var (_, anchor) = Find(1, ScriptedChain.Original);
        var steps = _store.Lineage.Passage(E(1), anchor)!.History.ToDictionary(s => s.EditionId);
        steps[E(ScriptedChain.RewordedIn - 1)].Places.Should().ContainSingle().Which.SectionSlug.Should().Be("trade");
        steps[E(ScriptedChain.RewordedIn)].Share.Should().BeInRange(0.5, 0.99);
        steps[E(ScriptedChain.MovedIn)].Places.Should().ContainSingle().Which.SectionSlug.Should().Be("security");
        steps[E(ScriptedChain.SplitIn)].Places.Select(p => p.Anchor).Should().Equal(Find(ScriptedChain.SplitIn, ScriptedChain.FirstHalf).Anchor, Find(ScriptedChain.SplitIn, ScriptedChain.SecondHalf).Anchor);
        steps[E(ScriptedChain.RemovedIn)].Places.Should().BeEmpty();
        steps.Should().HaveCount(ScriptedChain.RemovedIn, "editions 1–39 where it stands and edition 40 that removed it");
    }

    [Fact]
    public void The_sentences_of_the_reworded_paragraph_pair_up_one_reworded_and_two_the_same()
    {
        var (_, anchor) = Find(ScriptedChain.RewordedIn, ScriptedChain.Reworded);
        var earlier = _store.Lineage.Sentences(E(ScriptedChain.RewordedIn), anchor).Where(s => s.Direction == LinkDirection.Earlier).ToList();
        earlier.Select(s => (s.Sentence, s.CounterpartSentence, s.Relation)).Should().Equal(
            (1, 1, PassageRelation.Reworded), (2, 2, PassageRelation.Same), (3, 3, PassageRelation.Same));
        var later = _store.Lineage.Sentences(E(ScriptedChain.RewordedIn), anchor).Where(s => s.Direction == LinkDirection.Later).ToList();
        later.Select(s => (s.Sentence, s.CounterpartSentence, s.Relation)).Should().Equal(
            (1, 1, PassageRelation.Same), (2, 2, PassageRelation.Same), (3, 3, PassageRelation.Same));
    }

    [Fact]
    public void The_trade_section_history_shows_the_paragraph_leaving_for_security_in_edition_20()
    {
        var history = _store.Lineage.Section(E(1), "trade")!;
        history.Columns.Select(c => c.EditionId).Should().Equal(Enumerable.Range(1, ScriptedChain.Editions).Select(E));
        history.Columns.Should().OnlyContain(c => c.Slug == "trade");
        var moved = history.Columns[ScriptedChain.MovedIn - 1];
        moved.MovedAway.Should().ContainSingle().Which.SectionSlug.Should().Be("security");
        moved.Removed.Should().BeEmpty();
        history.Columns.Where(c => c.MovedAway.Count > 0 || c.Removed.Count > 0).Should().ContainSingle();

        var security = _store.Lineage.Section(E(ScriptedChain.MovedIn), "security")!;
        var arrived = security.Columns[ScriptedChain.MovedIn - 1].Passages.Should().ContainSingle(p => p.Relation == PassageRelation.Moved).Subject;
        arrived.From.Should().ContainSingle().Which.SectionSlug.Should().Be("trade");
        security.Columns[ScriptedChain.SplitIn - 1].Passages.Count(p => p.Relation == PassageRelation.Split).Should().Be(2);
        security.Columns[ScriptedChain.RemovedIn - 1].Removed.Should().HaveCount(2);
    }

    /// <summary>The scripted chain written and ingested once for the class.</summary>
    public sealed class Database : IDisposable
    {
        private readonly TempSeeds _folder = new(copyRealSeeds: false);

        public Database()
        {
            ScriptedChain.Write(_folder.SeedsPath);
            CorpusIngestion.CreateDefault(NullLoggerFactory.Instance).Run(_folder.SeedsPath, _folder.DatabasePath);
            Store = new ReadStore(_folder.DatabasePath, NullLogger<ReadStore>.Instance);
        }

        public ReadStore Store { get; }

        public void Dispose()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _folder.Dispose();
        }
    }
}
