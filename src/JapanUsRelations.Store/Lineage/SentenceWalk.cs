using JapanUsRelations.Ingestion.Enrichment.Facts;

namespace JapanUsRelations.Store;

/// <summary>
/// Follows each sentence of one paragraph through the paragraph's chain of linked blocks (read once, with every
/// sentence link among them: no query per sentence or per edition). A sentence's counterpart in a linked paragraph
/// is its <c>sentence_link</c> row; where the two paragraphs' texts are identical no row was written and sentence n
/// is sentence n; a sentence with neither is new (newer side) or removed (older side) against that paragraph.
/// Sentences are numbered as <c>SentenceSplitter</c> splits a paragraph's text, the numbering the rows were written with.
/// </summary>
internal sealed class SentenceWalk
{
    private readonly LineageTimeline _timeline;
    private readonly IReadOnlyDictionary<long, LineageBook.PlaceRow> _chain;
    private readonly ILookup<long, LineageBook.LinkRow> _byOlder;
    private readonly ILookup<long, LineageBook.LinkRow> _byNewer;
    private readonly ILookup<(long Older, long Newer), LineageBook.SentenceRow> _rows;
    private readonly Func<LineageBook.PlaceRow, PassagePlace> _place;
    private readonly Dictionary<long, IReadOnlyList<string>> _sentences = [];

    /// <param name="timeline">The editions' timeline.</param>
    /// <param name="chain">Every block the paragraph's links reach, back and forward, by row id.</param>
    /// <param name="links">The passage links among <paramref name="chain"/>.</param>
    /// <param name="rows">The sentence links out of the blocks of <paramref name="chain"/>.</param>
    /// <param name="place">A block's place (edition URL id, section, anchor).</param>
    public SentenceWalk(
        LineageTimeline timeline, IReadOnlyDictionary<long, LineageBook.PlaceRow> chain, IReadOnlyList<LineageBook.LinkRow> links,
        IEnumerable<LineageBook.SentenceRow> rows, Func<LineageBook.PlaceRow, PassagePlace> place)
    {
        _timeline = timeline;
        _chain = chain;
        _byOlder = links.ToLookup(l => l.OlderId);
        _byNewer = links.ToLookup(l => l.NewerId);
        _rows = rows.ToLookup(r => (r.OlderId, r.NewerId));
        _place = place;
    }

    /// <summary>The sentences of a paragraph's text, as the stored links number them (from 1 at index 0).</summary>
    public static IReadOnlyList<string> Split(string text) => SentenceSplitter.Split(text).Select(s => s.Text.Trim()).ToList();

    /// <summary>The lineage of every sentence of block <paramref name="blockId"/> of <paramref name="own"/>, in reading order.</summary>
    public IReadOnlyList<SentenceLineage> Of(long blockId, TimelineEdition own)
    {
        List<TimelineEdition> timeline = _timeline.ById(own.Id) is { } known ? _timeline.Through(known) : [own];
        int at = Math.Max(0, timeline.FindIndex(e => e.RowId == own.RowId));
        var texts = SentencesOf(blockId);
        var result = new List<SentenceLineage>(texts.Count);
        for (int n = 1; n <= texts.Count; n++)
        {
            result.Add(Follow(blockId, n, timeline, at));
        }

        return result;
    }

    private SentenceLineage Follow(long blockId, int number, List<TimelineEdition> timeline, int at)
    {
        var self = Place(blockId, number);
        var lineage = Counterparts(blockId, number, LinkDirection.Earlier).Concat(Counterparts(blockId, number, LinkDirection.Later))
            .Select(c => new SentenceCounterpart(Place(c.Block, c.Sentence), c.Direction, c.Relation, c.Share)).ToList();

        // Levels along the timeline: where the sentence stands in each edition, and how it came there from the one before.
        var levels = new SortedDictionary<int, (List<(long Block, int Sentence)> At, PassageRelation Relation, double Share)>();
        var current = new List<(long Block, int Sentence)> { (blockId, number) };
        int first = at;
        for (int i = at; i > 0; i--)
        {
            var found = Step(current, LinkDirection.Earlier, timeline[i - 1]);
            levels[i] = (current, found.Count == 0 ? PassageRelation.New : found.Relation, found.Count == 0 ? 1.0 : found.Share);
            if (found.Count == 0)
            {
                break;
            }

            current = found.At;
            first = i - 1;
        }

        if (!levels.ContainsKey(first))
        {
            levels[first] = (current, PassageRelation.New, 1.0);
        }

        current = [(blockId, number)];
        int last = at;
        string? removedIn = null;
        List<PassagePlace> removedFrom = [];
        for (int i = at + 1; i < timeline.Count; i++)
        {
            var found = Step(current, LinkDirection.Later, timeline[i]);
            if (found.Count == 0)
            {
                removedIn = timeline[i].Id;
                long rowId = timeline[i].RowId;
                removedFrom = current.SelectMany(c => _byOlder[c.Block]).Select(l => l.NewerId).Distinct()
                    .Where(id => _chain.TryGetValue(id, out var b) && b.EditionRowId == rowId).OrderBy(id => _chain[id].Ordinal).Select(id => _place(_chain[id])).ToList();
                break;
            }

            levels[i] = (found.At, found.Relation, found.Share);
            current = found.At;
            last = i;
        }

        var history = levels.Select(l =>
        {
            var places = l.Value.At.Select(p => Place(p.Block, p.Sentence)).ToList();
            return new SentenceStep(timeline[l.Key].Id, l.Value.Relation, places, l.Value.Share, places.Select(p => p.Passage).Distinct().ToList());
        }).ToList();
        if (removedIn is not null)
        {
            history.Add(new SentenceStep(removedIn, PassageRelation.Removed, [], 0.0, removedFrom));
        }

        var newest = timeline[^1];
        SentenceLatest latest;
        if (removedIn is not null)
        {
            latest = new SentenceLatest(newest.Id, PassageState.Removed, [], removedIn);
        }
        else
        {
            var there = history[^1].Places;
            string text = string.Join(" ", there.Select(p => p.Text));
            var state = last == at || string.Equals(text, self.Text, StringComparison.Ordinal) ? PassageState.Unchanged
                : there.Any(p => !string.Equals(p.SectionSlug, self.SectionSlug, StringComparison.Ordinal)) ? PassageState.Moved
                : PassageState.Reworded;
            latest = new SentenceLatest(newest.Id, state, there, null);
        }

        return new SentenceLineage(self, lineage, timeline[first].Id, timeline[last].Id, latest, history);
    }

    // The sentences that `current` (all in one edition) link to in `edition`, how they came (a rewording if any is one) and the least share kept.
    private (int Count, List<(long Block, int Sentence)> At, PassageRelation Relation, double Share) Step(
        List<(long Block, int Sentence)> current, LinkDirection direction, TimelineEdition edition)
    {
        var found = current.SelectMany(c => Counterparts(c.Block, c.Sentence, direction))
            .Where(c => _chain[c.Block].EditionRowId == edition.RowId).ToList();
        if (found.Count == 0)
        {
            return (0, [], PassageRelation.New, 1.0);
        }

        var at = found.Select(c => (c.Block, c.Sentence)).Distinct()
            .OrderBy(c => _chain[c.Block].Ordinal).ThenBy(c => c.Sentence).ToList();
        var relation = found.Exists(c => c.Relation == PassageRelation.Reworded) ? PassageRelation.Reworded : PassageRelation.Same;
        return (at.Count, at, relation, found.Min(c => c.Share));
    }

    // The sentence's counterparts in the paragraphs linked to `blockId` one way: by the stored rows, or sentence n for n where the texts are identical.
    private IEnumerable<(long Block, int Sentence, LinkDirection Direction, PassageRelation Relation, double Share)> Counterparts(
        long blockId, int number, LinkDirection direction)
    {
        bool later = direction == LinkDirection.Later;
        var links = later ? _byOlder[blockId] : _byNewer[blockId];
        foreach (var link in links)
        {
            long other = later ? link.NewerId : link.OlderId;
            if (!_chain.TryGetValue(other, out var counterpart))
            {
                continue;
            }

            if (string.Equals(counterpart.Text, _chain[blockId].Text, StringComparison.Ordinal))
            {
                yield return (other, number, direction, PassageRelation.Same, 1.0);
                continue;
            }

            int count = SentencesOf(other).Count;
            foreach (var row in _rows[(link.OlderId, link.NewerId)])
            {
                var (mine, theirs) = later ? (row.OlderSentence, row.NewerSentence) : (row.NewerSentence, row.OlderSentence);
                if (mine == number && theirs >= 1 && theirs <= count)
                {
                    yield return (other, (int)theirs, direction, LineageBook.Relation(row.Relation), row.Share);
                }
            }
        }
    }

    private SentencePlace Place(long blockId, int number) => new(_place(_chain[blockId]), number, SentencesOf(blockId)[number - 1]);

    private IReadOnlyList<string> SentencesOf(long blockId)
    {
        if (!_sentences.TryGetValue(blockId, out var sentences))
        {
            _sentences[blockId] = sentences = Split(_chain[blockId].Text);
        }

        return sentences;
    }
}
