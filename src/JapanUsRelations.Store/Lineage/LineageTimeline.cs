using Dapper;
using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Store;

/// <summary>
/// The editions' steps (table <c>edition_step</c>): each edition's predecessor on its subject and its successors,
/// with each edition's depth on its timeline (0 for the first edition on a subject). Small (one row per edition),
/// read whole once.
/// </summary>
internal sealed class LineageTimeline
{
    private readonly Dictionary<long, TimelineEdition> _byRow;
    private readonly Dictionary<string, TimelineEdition> _byId;
    private readonly ILookup<long, TimelineEdition> _successors;

    /// <summary>Every edition with its step from its predecessor (none for a first edition): the whole timeline, read once per database.</summary>
    [StoreQuery]
    internal const string TimelineSql =
        """
        SELECT e.id AS RowId, e.slug AS Id, e.report_key AS ReportKey, e.published AS Published, e.source_sha256 AS SourceSha256,
               s.older_edition_id AS OlderRowId, s.changed_share AS ChangedShare, s.raw_changed_share AS RawChangedShare
        FROM edition e LEFT JOIN edition_step s ON s.newer_edition_id = e.id
        """;

    private LineageTimeline(IReadOnlyList<TimelineEdition> editions)
    {
        _byRow = editions.ToDictionary(e => e.RowId);
        _byId = editions.ToDictionary(e => e.Id, StringComparer.Ordinal);
        _successors = editions.Where(e => e.OlderRowId is not null).OrderBy(e => e.Published ?? "", StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToLookup(e => e.OlderRowId!.Value);
        foreach (var edition in editions)
        {
            int depth = 0;
            for (var e = edition; e.OlderRowId is { } older && _byRow.TryGetValue(older, out var before) && depth <= editions.Count; e = before)
            {
                depth++;
            }

            edition.Depth = depth;
        }
    }

    /// <summary>An empty timeline (an older database without <c>edition_step</c>).</summary>
    public static LineageTimeline Empty { get; } = new([]);

    /// <summary>Reads the editions and their steps.</summary>
    public static LineageTimeline Load(SqliteConnection connection)
    {
        var rows = connection.Query<TimelineEdition>(TimelineSql).ToList();
        return new LineageTimeline(rows);
    }

    public TimelineEdition? ByRow(long rowId) => _byRow.GetValueOrDefault(rowId);

    public TimelineEdition? ById(string id) => _byId.GetValueOrDefault(id);

    public TimelineEdition? Predecessor(TimelineEdition edition) => edition.OlderRowId is { } older ? _byRow.GetValueOrDefault(older) : null;

    /// <summary>The editions whose predecessor is <paramref name="edition"/>, oldest first.</summary>
    public IEnumerable<TimelineEdition> Successors(TimelineEdition edition) => _successors[edition.RowId];

    /// <summary>The successor that continues the timeline: the next edition of the same report, else the oldest successor.</summary>
    public TimelineEdition? Next(TimelineEdition edition)
    {
        var successors = _successors[edition.RowId].ToList();
        return successors.FirstOrDefault(s => string.Equals(s.ReportKey, edition.ReportKey, StringComparison.OrdinalIgnoreCase)) ?? successors.FirstOrDefault();
    }

    /// <summary>The timeline through <paramref name="edition"/>: its predecessors back to the first, then its continuing successors, oldest first.</summary>
    public List<TimelineEdition> Through(TimelineEdition edition)
    {
        var before = new List<TimelineEdition>();
        for (var e = Predecessor(edition); e is not null && before.Count <= _byRow.Count; e = Predecessor(e))
        {
            before.Add(e);
        }

        before.Reverse();
        before.Add(edition);
        for (var e = Next(edition); e is not null && before.Count <= _byRow.Count; e = Next(e))
        {
            before.Add(e);
        }

        return before;
    }

    /// <summary>The newest edition the timeline reaches from <paramref name="edition"/>.</summary>
    public TimelineEdition Newest(TimelineEdition edition) => Through(edition)[^1];
}
