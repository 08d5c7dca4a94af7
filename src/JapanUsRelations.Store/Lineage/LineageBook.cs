using Dapper;
using JapanUsRelations.Ingestion.Enrichment.Facts;
using JapanUsRelations.Ingestion.Storage;
using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Store;

/// <summary>
/// The lineage of passages and sections (tables <c>edition_step</c>, <c>passage_link</c>, <c>section_link</c>,
/// <c>sentence_link</c>, migrations 009–011, written at ingestion by <c>Lineage/LineageWriter</c>): per passage
/// its counterparts, first and last seen, its state in the newest edition and its history; per section its
/// history through every edition; and the comparisons stored at ingestion. Each question is a few indexed queries
/// (recursive ones follow the links); only the small timeline of editions is read whole, once. An older database
/// without these tables gives empty lineage: every passage stands alone in its edition.
/// </summary>
public sealed class LineageBook
{
    /// <summary>The comparison stored with a step (by both editions' row ids).</summary>
    [StoreQuery]
    private const string ComparisonSql =
        "SELECT comparison_format, comparison FROM edition_step WHERE newer_edition_id = @newer AND older_edition_id = @older";

    /// <summary>A block's row id by its edition's id and its anchor.</summary>
    [StoreQuery]
    private const string BlockSql =
        "SELECT b.id FROM block b JOIN edition e ON e.id = b.edition_id WHERE e.slug = @editionId AND b.anchor = @anchor";

    /// <summary>The row ids of a section's own blocks, in reading order.</summary>
    [StoreQuery]
    private const string SectionBlocksSql =
        """
        SELECT b.id FROM block b JOIN section s ON s.id = b.section_id JOIN edition e ON e.id = s.edition_id
        WHERE e.slug = @editionId AND s.slug = @sectionSlug ORDER BY b.ordinal
        """;

    /// <summary>A block's place and text by its edition's id and its anchor.</summary>
    [StoreQuery]
    private const string PlaceByAnchorSql =
        $"{PlaceRow.Select} WHERE b.edition_id = (SELECT id FROM edition WHERE slug = @editionId) AND b.anchor = @anchor";

    /// <summary>The places and texts of blocks by row id.</summary>
    [StoreQuery]
    private const string PlacesSql = $"{PlaceRow.Select} WHERE b.id IN @ids";

    /// <summary>A block's sentence links, both ways.</summary>
    [StoreQuery]
    private const string SentenceLinksSql =
        """
        SELECT older_block_id AS OlderId, older_sentence AS OlderSentence, newer_block_id AS NewerId, newer_sentence AS NewerSentence, relation AS Relation, share AS Share
        FROM sentence_link WHERE older_block_id = @id
        UNION ALL
        SELECT older_block_id, older_sentence, newer_block_id, newer_sentence, relation, share
        FROM sentence_link WHERE newer_block_id = @id
        """;

    /// <summary>A section by its edition's id and its slug.</summary>
    [StoreQuery]
    private const string SectionBySlugSql =
        $"{SectionRow.Select} WHERE s.edition_id = (SELECT id FROM edition WHERE slug = @editionId) AND s.slug = @slug";

    /// <summary>The section of an older edition a section was paired with, best pairing first.</summary>
    [StoreQuery]
    private const string OlderSectionSql =
        $"""
        {SectionRow.SelectLinked} JOIN section_link l ON l.older_section_id = s.id
        WHERE l.newer_section_id = @id AND s.edition_id = @edition ORDER BY l.similarity DESC
        """;

    /// <summary>The section of a newer edition a section was paired with, best pairing first.</summary>
    [StoreQuery]
    private const string NewerSectionSql =
        $"""
        {SectionRow.SelectLinked} JOIN section_link l ON l.newer_section_id = s.id
        WHERE l.older_section_id = @id AND s.edition_id = @edition ORDER BY l.similarity DESC
        """;

    /// <summary>A section's blocks without lineage (an older database).</summary>
    [StoreQuery]
    private const string SectionAnchorsSql =
        "SELECT b.anchor AS Anchor, b.ordinal AS Ordinal FROM block b WHERE b.section_id = @id ORDER BY b.ordinal";

    /// <summary>A section's blocks with the links into them from the edition before.</summary>
    [StoreQuery]
    private const string IncomingSql =
        """
        SELECT b.anchor AS Anchor, b.ordinal AS Ordinal, l.relation AS Relation, l.share AS Share, ob.anchor AS FromAnchor, os.slug AS FromSection
        FROM block b
        LEFT JOIN passage_link l ON l.newer_block_id = b.id
        LEFT JOIN block ob ON ob.id = l.older_block_id
        LEFT JOIN section os ON os.id = ob.section_id
        WHERE b.section_id = @id
        ORDER BY b.ordinal
        """;

    /// <summary>A section's blocks with the links out of them into one later edition.</summary>
    [StoreQuery]
    private const string OutgoingSql =
        """
        SELECT b.anchor AS Anchor, b.ordinal AS Ordinal, l.relation AS Relation, l.share AS Share, nb.anchor AS ToAnchor, ns.slug AS ToSection
        FROM block b
        LEFT JOIN passage_link l ON l.older_block_id = b.id
        LEFT JOIN block nb ON nb.id = l.newer_block_id
        LEFT JOIN section ns ON ns.id = nb.section_id
        WHERE b.section_id = @id AND (nb.edition_id IS NULL OR nb.edition_id = @edition)
        ORDER BY b.ordinal
        """;

    /// <summary>Every block a block's links reach, back and forward (recursive), with its place and text.</summary>
    [StoreQuery]
    private const string ChainSql =
        $"""
        WITH RECURSIVE
          back(id) AS (SELECT @blockId UNION SELECT l.older_block_id FROM passage_link l JOIN back ON l.newer_block_id = back.id),
          fwd(id) AS (SELECT @blockId UNION SELECT l.newer_block_id FROM passage_link l JOIN fwd ON l.older_block_id = fwd.id)
        {PlaceRow.Select} WHERE b.id IN (SELECT id FROM back UNION SELECT id FROM fwd)
        """;

    /// <summary>The links out of a set of blocks.</summary>
    [StoreQuery]
    private const string ChainLinksSql =
        "SELECT older_block_id AS OlderId, newer_block_id AS NewerId, relation AS Relation, share AS Share FROM passage_link WHERE older_block_id IN @ids";

    /// <summary>The sentence links out of a set of blocks (a paragraph's chain), by the older block: the table's key.</summary>
    [StoreQuery]
    private const string ChainSentencesSql =
        """
        SELECT older_block_id AS OlderId, older_sentence AS OlderSentence, newer_block_id AS NewerId, newer_sentence AS NewerSentence, relation AS Relation, share AS Share
        FROM sentence_link WHERE older_block_id IN @ids
        """;

    /// <summary>A block's links, both ways.</summary>
    [StoreQuery]
    private const string DirectLinksSql =
        """
        SELECT older_block_id AS OlderId, newer_block_id AS NewerId, relation AS Relation, share AS Share FROM passage_link WHERE older_block_id = @blockId
        UNION ALL
        SELECT older_block_id, newer_block_id, relation, share FROM passage_link WHERE newer_block_id = @blockId
        """;

    private readonly SnapshotConnections _connections;

    /// <summary>
    /// The lineage of a snapshot's database, read through its connections. The timeline (one row per edition) is
    /// read now, not when first asked: the questions below read it while they hold a connection, and a snapshot whose
    /// file has been replaced cannot open another one, so a lazy read there would wait for itself.
    /// </summary>
    public LineageBook(SnapshotConnections connections)
    {
        ArgumentNullException.ThrowIfNull(connections);
        _connections = connections;
        using var lease = _connections.Rent();
        var connection = lease.Connection;
        Timeline = EditionReader.HasTable(connection, "edition_step") && EditionReader.HasTable(connection, "passage_link")
            ? LineageTimeline.Load(connection) : LineageTimeline.Empty;
    }

    /// <summary>True when the database has the lineage tables (migrations 009–011); false for an older database.</summary>
    public bool IsAvailable => !ReferenceEquals(Timeline, LineageTimeline.Empty);

    private LineageTimeline Timeline { get; }

    /// <summary>The id of the edition before <paramref name="editionId"/> on its subject (the one it was compared with at ingestion), or null.</summary>
    public string? Predecessor(string editionId)
    {
        ArgumentNullException.ThrowIfNull(editionId);
        return Timeline.ById(editionId) is { } e ? Timeline.Predecessor(e)?.Id : null;
    }

    /// <summary>The ids of the editions directly after <paramref name="editionId"/> on its subject, oldest first.</summary>
    public IReadOnlyList<string> Successors(string editionId)
    {
        ArgumentNullException.ThrowIfNull(editionId);
        return Timeline.ById(editionId) is { } e ? Timeline.Successors(e).Select(s => s.Id).ToList() : [];
    }

    /// <summary>
    /// The timeline through <paramref name="editionId"/>, oldest first: its predecessors back to the first edition on
    /// its subject, itself, and its successors to the newest (the same report preferred). Empty when unknown or
    /// without lineage.
    /// </summary>
    public IReadOnlyList<string> TimelineThrough(string editionId)
    {
        ArgumentNullException.ThrowIfNull(editionId);
        return Timeline.ById(editionId) is { } e ? Timeline.Through(e).Select(x => x.Id).ToList() : [];
    }

    /// <summary>
    /// The step into <paramref name="newerId"/> from its predecessor as stored at ingestion (how much changed, and
    /// the source hashes of both editions then), or null for a first edition or a database without lineage.
    /// </summary>
    public EditionStep? Step(string newerId)
    {
        ArgumentNullException.ThrowIfNull(newerId);
        if (Timeline.ById(newerId) is not { } newer || Timeline.Predecessor(newer) is not { } older)
        {
            return null;
        }

        return new EditionStep(older.Id, newer.Id, newer.ChangedShare ?? 0, newer.RawChangedShare ?? 0, older.SourceSha256, newer.SourceSha256);
    }

    /// <summary>The comparison of <paramref name="olderId"/> with <paramref name="newerId"/> stored at ingestion, or null (not a stored pair).</summary>
    public StoredComparison? Comparison(string olderId, string newerId)
    {
        ArgumentNullException.ThrowIfNull(olderId);
        ArgumentNullException.ThrowIfNull(newerId);
        if (Timeline.ById(newerId) is not { } newer || Timeline.ById(olderId) is not { } older || newer.OlderRowId != older.RowId)
        {
            return null;
        }

        using var lease = _connections.Rent();
        var connection = lease.Connection;
        var row = connection.QuerySingleOrDefault<(string Format, byte[] Data)>(
            ComparisonSql,
            new { newer = newer.RowId, older = older.RowId });
        return row.Data is null ? null : new StoredComparison(olderId, newerId, row.Format, row.Data) { OlderSha256 = older.SourceSha256, NewerSha256 = newer.SourceSha256 };
    }

    /// <summary>The lineage of the block <paramref name="anchor"/> of edition <paramref name="editionId"/>, or null when there is no such block.</summary>
    public PassageLineage? Passage(string editionId, string anchor)
    {
        ArgumentNullException.ThrowIfNull(editionId);
        ArgumentNullException.ThrowIfNull(anchor);
        using var lease = _connections.Rent();
        var connection = lease.Connection;
        long? blockId = connection.QuerySingleOrDefault<long?>(
            BlockSql, new { editionId, anchor });
        return blockId is { } id ? PassageOf(connection, editionId, id) : null;
    }

    /// <summary>The lineage of every block of a section (its own blocks, not its subsections'), in reading order; empty when unknown.</summary>
    public IReadOnlyList<PassageLineage> Passages(string editionId, string sectionSlug)
    {
        ArgumentNullException.ThrowIfNull(editionId);
        ArgumentNullException.ThrowIfNull(sectionSlug);
        using var lease = _connections.Rent();
        var connection = lease.Connection;
        var ids = connection.Query<long>(SectionBlocksSql, new { editionId, sectionSlug }).ToList();
        return ids.Select(id => PassageOf(connection, editionId, id)).ToList();
    }

    /// <summary>
    /// The sentence links of the paragraph <paramref name="anchor"/> of <paramref name="editionId"/>: each sentence
    /// to its counterpart sentences in the paragraphs its lineage links to (a sentence with no link is new, or
    /// removed, against that counterpart). Empty when unknown or without lineage.
    /// </summary>
    public IReadOnlyList<SentenceLink> Sentences(string editionId, string anchor)
    {
        ArgumentNullException.ThrowIfNull(editionId);
        ArgumentNullException.ThrowIfNull(anchor);
        if (!IsAvailable)
        {
            return [];
        }

        using var lease = _connections.Rent();
        var connection = lease.Connection;
        var self = connection.QuerySingleOrDefault<PlaceRow>(
            PlaceByAnchorSql, new { editionId, anchor });
        if (self is null)
        {
            return [];
        }

        var links = DirectLinks(connection, self.BlockId);
        var places = Places(connection, links.SelectMany(l => new[] { l.OlderId, l.NewerId }).Append(self.BlockId));
        var rows = connection.Query<SentenceRow>(SentenceLinksSql, new { id = self.BlockId }).ToLookup(r => (r.OlderId, r.NewerId));
        var result = new List<SentenceLink>();
        foreach (var link in links)
        {
            bool later = link.OlderId == self.BlockId;
            long other = later ? link.NewerId : link.OlderId;
            if (!places.TryGetValue(other, out var counterpart))
            {
                continue;
            }

            var place = Place(counterpart);
            var direction = later ? LinkDirection.Later : LinkDirection.Earlier;
            var pairs = rows[(link.OlderId, link.NewerId)].ToList();
            if (pairs.Count == 0 && string.Equals(counterpart.Text, self.Text, StringComparison.Ordinal))
            {
                int count = SentenceSplitter.Split(self.Text).Count;
                result.AddRange(Enumerable.Range(1, count).Select(n => new SentenceLink(n, place, n, direction, PassageRelation.Same, 1.0)));
                continue;
            }

            result.AddRange(pairs.Select(p => new SentenceLink(
                (int)(later ? p.OlderSentence : p.NewerSentence), place, (int)(later ? p.NewerSentence : p.OlderSentence), direction, Relation(p.Relation), p.Share)));
        }

        return result.OrderBy(s => s.Sentence).ThenBy(s => s.Direction).ToList();
    }

    /// <summary>The history of the section <paramref name="slug"/> of <paramref name="editionId"/> through its timeline, or null when there is no such section.</summary>
    public SectionHistory? Section(string editionId, string slug)
    {
        ArgumentNullException.ThrowIfNull(editionId);
        ArgumentNullException.ThrowIfNull(slug);
        using var lease = _connections.Rent();
        var connection = lease.Connection;
        var start = connection.QuerySingleOrDefault<SectionRow>(
            SectionBySlugSql, new { editionId, slug });
        if (start is null)
        {
            return null;
        }

        if (Timeline.ById(editionId) is not { } edition)
        {
            var passages = SectionPassages(connection, start, null);
            return new SectionHistory(editionId, slug, [new SectionColumn(editionId, start.Slug, start.Heading, SectionChange.First, passages, [], [])]);
        }

        var timeline = Timeline.Through(edition);
        int at = timeline.IndexOf(edition);
        var sections = new SectionRow?[timeline.Count];
        var statuses = new string?[timeline.Count];
        sections[at] = start;
        for (int i = at - 1; i >= 0 && sections[i + 1] is { } newer; i--)
        {
            var older = connection.QueryFirstOrDefault<SectionRow>(OlderSectionSql, new { id = newer.Id, edition = timeline[i].RowId });
            sections[i] = older;
            statuses[i + 1] = older?.Status;
        }

        for (int i = at + 1; i < timeline.Count && sections[i - 1] is { } older; i++)
        {
            var newer = connection.QueryFirstOrDefault<SectionRow>(NewerSectionSql, new { id = older.Id, edition = timeline[i].RowId });
            sections[i] = newer;
            statuses[i] = newer?.Status;
        }

        var columns = new List<SectionColumn>(timeline.Count);
        for (int i = 0; i < timeline.Count; i++)
        {
            var section = sections[i];
            var before = i > 0 ? sections[i - 1] : null;
            var change = (i, section, before) switch
            {
                (0, null, _) => SectionChange.Absent,
                (0, _, _) => SectionChange.First,
                (_, null, null) => SectionChange.Absent,
                (_, null, _) => SectionChange.Removed,
                (_, _, null) => SectionChange.Added,
                _ => statuses[i] switch
                {
                    "unchanged" => SectionChange.Unchanged,
                    "moved" => SectionChange.Moved,
                    _ => SectionChange.Changed,
                },
            };
            var passages = section is null ? [] : SectionPassages(connection, section, i > 0 ? timeline[i - 1] : null);
            var (removed, movedAway) = before is null ? ([], []) : Departures(connection, before, timeline[i - 1], timeline[i], section?.Slug);
            columns.Add(new SectionColumn(timeline[i].Id, section?.Slug, section?.Heading, change, passages, removed, movedAway));
        }

        return new SectionHistory(editionId, slug, columns);
    }

    // A section's blocks with the links into them from the edition before.
    private List<SectionPassage> SectionPassages(SqliteConnection connection, SectionRow section, TimelineEdition? before)
    {
        var rows = !IsAvailable
            ? connection.Query<IncomingRow>(SectionAnchorsSql, new { id = section.Id }).ToList()
            : connection.Query<IncomingRow>(IncomingSql, new { id = section.Id }).ToList();
        return rows.GroupBy(r => r.Anchor, StringComparer.Ordinal).Select(g =>
        {
            var links = g.Where(r => r.Relation is not null && before is not null).ToList();
            var place = new PassagePlace(section.EditionId, section.Slug, g.Key);
            if (links.Count == 0)
            {
                return new SectionPassage(place, PassageRelation.New, 1.0, []);
            }

            return new SectionPassage(
                place, Strongest(links.Select(l => Relation(l.Relation!))), links.Min(l => l.Share ?? 1.0),
                links.Select(l => new PassagePlace(before!.Id, l.FromSection!, l.FromAnchor!)).ToList());
        }).ToList();
    }

    // The blocks of the section before that were removed in `edition`, and those that now stand in another section.
    private static (IReadOnlyList<PassagePlace> Removed, IReadOnlyList<PassageLink> MovedAway) Departures(
        SqliteConnection connection, SectionRow before, TimelineEdition beforeEdition, TimelineEdition edition, string? slug)
    {
        var rows = connection.Query<OutgoingRow>(OutgoingSql, new { id = before.Id, edition = edition.RowId }).ToList();
        var removed = new List<PassagePlace>();
        var moved = new List<PassageLink>();
        foreach (var block in rows.GroupBy(r => r.Anchor, StringComparer.Ordinal))
        {
            var links = block.Where(r => r.ToAnchor is not null).ToList();
            if (links.Count == 0)
            {
                removed.Add(new PassagePlace(beforeEdition.Id, before.Slug, block.Key));
                continue;
            }

            moved.AddRange(links.Where(l => !string.Equals(l.ToSection, slug, StringComparison.Ordinal))
                .Select(l => new PassageLink(new PassagePlace(edition.Id, l.ToSection!, l.ToAnchor!), LinkDirection.Later, Relation(l.Relation!), l.Share ?? 1.0)));
        }

        // A block whose only links lead to another successor edition (a branch) is neither removed nor moved here; the
        // query above drops those rows, so such a block appears in neither list unless it has no row at all.
        return (removed, moved);
    }

    /// <summary>
    /// The lineage of the paragraph <paramref name="anchor"/> of <paramref name="editionId"/> and of each of its
    /// sentences, or null when there is no such block. The paragraph's chain of linked blocks and every sentence link
    /// among them are read once (four indexed queries whatever the number of sentences or editions).
    /// </summary>
    public ParagraphLineage? Paragraph(string editionId, string anchor)
    {
        ArgumentNullException.ThrowIfNull(editionId);
        ArgumentNullException.ThrowIfNull(anchor);
        using var lease = _connections.Rent();
        var connection = lease.Connection;
        if (connection.QuerySingleOrDefault<long?>(BlockSql, new { editionId, anchor }) is not { } blockId)
        {
            return null;
        }

        var (chain, links) = ChainOf(connection, blockId);
        var passage = PassageOf(editionId, blockId, chain, links);
        var rows = IsAvailable ? connection.Query<SentenceRow>(ChainSentencesSql, new { ids = chain.Keys.ToList() }) : [];
        var own = Timeline.ByRow(chain[blockId].EditionRowId) ?? new TimelineEdition { RowId = chain[blockId].EditionRowId, Id = editionId };
        var sentences = new SentenceWalk(Timeline, chain, links, rows, Place).Of(blockId, own);
        return new ParagraphLineage(passage, sentences);
    }

    private PassageLineage PassageOf(SqliteConnection connection, string editionId, long blockId)
    {
        var (chain, links) = ChainOf(connection, blockId);
        return PassageOf(editionId, blockId, chain, links);
    }

    // Every block the links of `blockId` reach back and forward, and the links among them.
    private (Dictionary<long, PlaceRow> Chain, List<LinkRow> Links) ChainOf(SqliteConnection connection, long blockId)
    {
        var chain = IsAvailable
            ? connection.Query<PlaceRow>(ChainSql, new { blockId }).ToDictionary(p => p.BlockId)
            : Places(connection, [blockId]);
        var links = IsAvailable
            ? connection.Query<LinkRow>(ChainLinksSql, new { ids = chain.Keys.ToList() }).Where(l => chain.ContainsKey(l.NewerId)).ToList()
            : [];
        return (chain, links);
    }

    private PassageLineage PassageOf(string editionId, long blockId, Dictionary<long, PlaceRow> chain, List<LinkRow> links)
    {
        var self = chain[blockId];
        TimelineEdition EditionOf(PlaceRow p) => Timeline.ByRow(p.EditionRowId) ?? new TimelineEdition { RowId = p.EditionRowId, Id = editionId };
        var own = EditionOf(self);
        var direct = links.Where(l => l.OlderId == blockId || l.NewerId == blockId).Select(l => l.OlderId == blockId
            ? new PassageLink(Place(chain[l.NewerId], EditionOf(chain[l.NewerId]).Id), LinkDirection.Later, Relation(l.Relation), l.Share)
            : new PassageLink(Place(chain[l.OlderId], EditionOf(chain[l.OlderId]).Id), LinkDirection.Earlier, Relation(l.Relation), l.Share)).ToList();

        var byEdition = chain.Values.GroupBy(p => p.EditionRowId).ToDictionary(g => g.Key, g => g.OrderBy(p => p.Ordinal).ToList());
        var incoming = links.ToLookup(l => chain[l.NewerId].EditionRowId);
        var steps = new List<(TimelineEdition Edition, PassageStep Step)>();
        foreach (var (rowId, blocks) in byEdition)
        {
            var edition = EditionOf(blocks[0]);
            var into = incoming[rowId].ToList();
            var places = blocks.Select(b => Place(b, edition.Id)).ToList();
            steps.Add((edition, into.Count == 0
                ? new PassageStep(edition.Id, PassageRelation.New, places, 1.0)
                : new PassageStep(edition.Id, Strongest(into.Select(l => Relation(l.Relation))), places, into.Min(l => l.Share))));
        }

        foreach (var (rowId, _) in byEdition.ToList())
        {
            if (Timeline.ByRow(rowId) is not { } edition)
            {
                continue;
            }

            foreach (var successor in Timeline.Successors(edition).Where(s => !byEdition.ContainsKey(s.RowId) && steps.TrueForAll(x => x.Edition.RowId != s.RowId)))
            {
                steps.Add((successor, new PassageStep(successor.Id, PassageRelation.Removed, [], 0.0)));
            }
        }

        var ordered = steps.OrderBy(s => s.Edition.Depth).ThenBy(s => s.Edition.Published ?? "", StringComparer.Ordinal).ThenBy(s => s.Edition.Id, StringComparer.Ordinal).ToList();
        var standing = ordered.Where(s => s.Step.Places.Count > 0).ToList();
        var latest = Latest(own, self, byEdition);
        return new PassageLineage(Place(self, own.Id), direct, standing[0].Edition.Id, standing[^1].Edition.Id, latest, ordered.Select(s => s.Step).ToList());
    }

    // Its state in the newest edition of its timeline, following its descendants edition by edition.
    private PassageLatest Latest(TimelineEdition own, PlaceRow self, Dictionary<long, List<PlaceRow>> byEdition)
    {
        List<TimelineEdition> timeline = Timeline.ById(own.Id) is { } known ? Timeline.Through(known) : [own];
        var newest = timeline[^1];
        foreach (var edition in timeline.SkipWhile(e => e.RowId != own.RowId).Skip(1))
        {
            if (!byEdition.ContainsKey(edition.RowId))
            {
                return new PassageLatest(newest.Id, PassageState.Removed, [], edition.Id);
            }
        }

        var there = byEdition[newest.RowId];
        var places = there.Select(p => Place(p, newest.Id)).ToList();
        string text = string.Join("\n", there.Select(p => p.Text));
        var state = string.Equals(text, self.Text, StringComparison.Ordinal) ? PassageState.Unchanged
            : there.Exists(p => !string.Equals(p.SectionSlug, self.SectionSlug, StringComparison.Ordinal)) ? PassageState.Moved
            : PassageState.Reworded;
        return new PassageLatest(newest.Id, state, places, null);
    }

    private static List<LinkRow> DirectLinks(SqliteConnection connection, long blockId) => connection.Query<LinkRow>(DirectLinksSql, new { blockId }).ToList();

    private static Dictionary<long, PlaceRow> Places(SqliteConnection connection, IEnumerable<long> ids) =>
        connection.Query<PlaceRow>(PlacesSql, new { ids = ids.Distinct().ToList() }).ToDictionary(p => p.BlockId);

    private PassagePlace Place(PlaceRow row) => Place(row, Timeline.ByRow(row.EditionRowId)?.Id ?? row.EditionId);

    private static PassagePlace Place(PlaceRow row, string editionId) => new(editionId, row.SectionSlug, row.Anchor);

    // The relation that says most about a step with several links: a split or merge over a move over a rewording.
    private static PassageRelation Strongest(IEnumerable<PassageRelation> relations) =>
        relations.OrderBy(r => r switch
        {
            PassageRelation.Split => 0,
            PassageRelation.Merged => 1,
            PassageRelation.Moved => 2,
            PassageRelation.Reworded => 3,
            _ => 4,
        }).FirstOrDefault(PassageRelation.Same);

    /// <summary>The relation a stored word stands for (<c>same</c>, <c>reworded</c>, …).</summary>
    internal static PassageRelation Relation(string word) => word switch
    {
        "same" => PassageRelation.Same,
        "reworded" => PassageRelation.Reworded,
        "moved" => PassageRelation.Moved,
        "split" => PassageRelation.Split,
        "merged" => PassageRelation.Merged,
        "new" => PassageRelation.New,
        "removed" => PassageRelation.Removed,
        _ => throw new InvalidDataException($"unknown passage relation '{word}' in the lineage tables"),
    };

    internal sealed record PlaceRow
    {
        public const string Select =
            "SELECT b.id AS BlockId, b.edition_id AS EditionRowId, e.slug AS EditionId, s.slug AS SectionSlug, b.anchor AS Anchor, b.ordinal AS Ordinal, b.text AS Text FROM block b JOIN section s ON s.id = b.section_id JOIN edition e ON e.id = b.edition_id";

        public long BlockId { get; init; }

        public long EditionRowId { get; init; }

        public string EditionId { get; init; } = "";

        public string SectionSlug { get; init; } = "";

        public string Anchor { get; init; } = "";

        public long Ordinal { get; init; }

        public string Text { get; init; } = "";
    }

    private sealed record SectionRow
    {
        public const string Select =
            "SELECT s.id AS Id, s.edition_id AS EditionRowId, e.slug AS EditionId, s.slug AS Slug, s.heading AS Heading, '' AS Status FROM section s JOIN edition e ON e.id = s.edition_id";

        public const string SelectLinked =
            "SELECT s.id AS Id, s.edition_id AS EditionRowId, e.slug AS EditionId, s.slug AS Slug, s.heading AS Heading, l.status AS Status FROM section s JOIN edition e ON e.id = s.edition_id";

        public long Id { get; init; }

        public long EditionRowId { get; init; }

        public string EditionId { get; init; } = "";

        public string Slug { get; init; } = "";

        public string? Heading { get; init; }

        public string Status { get; init; } = "";
    }

    internal sealed record LinkRow
    {
        public long OlderId { get; init; }

        public long NewerId { get; init; }

        public string Relation { get; init; } = "";

        public double Share { get; init; }
    }

    internal sealed record SentenceRow
    {
        public long OlderId { get; init; }

        public long OlderSentence { get; init; }

        public long NewerId { get; init; }

        public long NewerSentence { get; init; }

        public string Relation { get; init; } = "";

        public double Share { get; init; }
    }

    private sealed record IncomingRow
    {
        public string Anchor { get; init; } = "";

        public long Ordinal { get; init; }

        public string? Relation { get; init; }

        public double? Share { get; init; }

        public string? FromAnchor { get; init; }

        public string? FromSection { get; init; }
    }

    private sealed record OutgoingRow
    {
        public string Anchor { get; init; } = "";

        public long Ordinal { get; init; }

        public string? Relation { get; init; }

        public double? Share { get; init; }

        public string? ToAnchor { get; init; }

        public string? ToSection { get; init; }
    }
}
