using System.Text.Json.Serialization;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Shared;

/// <summary>
/// A paragraph's life across the editions on its subject, as its page shows it (the history line under the
/// paragraph: "First in November 2024; reworded February 2026 — see the change") and its twin gives it
/// (<c>lineage</c>, <c>firstSeen</c>, <c>lastSeen</c>, <c>latest</c>). Made from the lineage stored at ingestion.
/// </summary>
/// <param name="Lineage">Its counterparts in the edition before and the editions after.</param>
/// <param name="FirstSeen">The earliest edition it (or a passage it came from) stands in.</param>
/// <param name="LastSeen">The latest edition it (or a passage it became) stands in.</param>
/// <param name="Latest">Its state in the newest edition of its report.</param>
/// <param name="Parts">The history line's clauses (not serialised; see <see cref="Line"/>).</param>
/// <param name="InLatestEdition">True when the paragraph's own edition is the newest (not serialised).</param>
/// <param name="EditionDate">The paragraph's own edition's date as the line's editions are told apart ("February 5, 2026"; not serialised).</param>
public sealed record PassageHistory(
    IReadOnlyList<LineageEntry> Lineage,
    string FirstSeen,
    string LastSeen,
    LatestEntry Latest,
    [property: JsonIgnore] IReadOnlyList<HistoryLinePart> Parts,
    [property: JsonIgnore] bool InLatestEdition,
    [property: JsonIgnore] string EditionDate)
{
    /// <summary>The history line as plain text, clauses joined by "; ".</summary>
    public string Line => string.Join("; ", Parts.Select(p => p.ToString()));

    /// <summary>
    /// The clause about the newest edition, last (shown again in the forward notice): where it stands there and how,
    /// or when it was removed; null on the newest edition.
    /// </summary>
    [JsonIgnore]
    public HistoryLinePart? LatestPart => InLatestEdition ? null : Parts[^1];

    /// <summary>The history of <paramref name="passage"/>, naming editions by <paramref name="names"/> and linking changes to the comparisons of <paramref name="book"/>'s timeline.</summary>
    public static PassageHistory Of(PassageLineage passage, EditionNames names, LineageBook book)
    {
        ArgumentNullException.ThrowIfNull(passage);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(book);
        string When(string editionId) => names.Name(editionId);

        var parts = new List<HistoryLinePart> { new($"First {names.In(passage.FirstSeen)}", null, null) };
        PassageStep? before = null;
        foreach (var step in passage.History.SkipWhile(s => s.Places.Count == 0))
        {
            if (before is not null && step.IsChange && step.Relation != PassageRelation.Removed)
            {
                parts.Add(new HistoryLinePart($"{Words(step.Relation)} {When(step.EditionId)}", ChangeUrl(book, before, step), "see the change"));
            }

            before = step.Places.Count > 0 ? step : before;
        }

        if (parts.Count == 1 && passage.LastSeen != passage.FirstSeen)
        {
            parts.Add(new HistoryLinePart($"unchanged through {When(passage.LastSeen)}", null, null));
        }

        var latest = LatestOf(passage, book);
        bool inLatest = passage.Latest.EditionId == passage.Place.EditionId;
        if (!inLatest)
        {
            parts.Add(latest.Url is { } url
                ? new HistoryLinePart($"in the latest edition ({When(passage.Latest.EditionId)}): {latest.State}", url, "read it there")
                : new HistoryLinePart($"removed {When(latest.RemovedIn ?? latest.Edition)}, not in the latest edition", latest.Change, latest.Change is null ? null : "see the change"));
        }

        var lineage = passage.Lineage.Select(l => new LineageEntry(
            l.EditionId, l.Anchor, Urls.Block(l.EditionId, l.SectionSlug, l.Anchor), Word(l.Relation), l.Direction == LinkDirection.Earlier ? "earlier" : "later", Math.Round(l.Share, 3))).ToList();
        return new PassageHistory(lineage, passage.FirstSeen, passage.LastSeen, latest, parts, inLatest, names.Date(passage.Place.EditionId));
    }

    private static LatestEntry LatestOf(PassageLineage passage, LineageBook book)
    {
        var latest = passage.Latest;
        string state = latest.State.ToString().ToLowerInvariant();
        if (latest.Places.Count > 0)
        {
            var place = latest.Places[0];
            return new LatestEntry(latest.EditionId, state, Urls.Block(place.EditionId, place.SectionSlug, place.Anchor), null, null);
        }

        var removal = passage.History.FirstOrDefault(s => s.Relation == PassageRelation.Removed && s.EditionId == latest.RemovedIn);
        var last = removal is null ? null : passage.History.TakeWhile(s => s != removal).LastOrDefault(s => s.Places.Count > 0);
        return new LatestEntry(latest.EditionId, state, null, latest.RemovedIn, removal is null || last is null ? null : ChangeUrl(book, last, removal));
    }

    /// <summary>The comparison showing <paramref name="step"/> (from <paramref name="before"/>), landing on the passage's entry.</summary>
    private static string ChangeUrl(LineageBook book, PassageStep before, PassageStep step)
    {
        string older = book.Predecessor(step.EditionId) ?? before.EditionId;
        string fragment = step.Places.Count > 0 ? CompareIds.Newer(step.Places[0].Anchor) : CompareIds.Older(before.Places[0].Anchor);
        return Urls.Compare(older, step.EditionId, fragment);
    }

    private static string Words(PassageRelation relation) => relation switch
    {
        PassageRelation.Removed => "removed",
        PassageRelation.New => "new",
        _ => Word(relation),
    };

    private static string Word(PassageRelation relation) => relation.ToString().ToLowerInvariant();
}
