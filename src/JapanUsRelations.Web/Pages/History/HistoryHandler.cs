using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.History;

/// <summary>The one handler of a section's history page and its twin.</summary>
public sealed class HistoryHandler(ReadStore store, IEditionComparisons comparisons)
{
    /// <summary>The <c>show</c> value that keeps only changes.</summary>
    public const string ChangesOnly = "changes-only";

    /// <summary>
    /// <c>/editions/{id}/{section}/history[?from={edition}][&amp;show=changes-only]</c>: the section followed through
    /// every edition on its subject, the window from <paramref name="from"/> (default: around the edition asked for);
    /// year ids and renamed sections redirect; an unknown section, edition or window start answers the helpful 404.
    /// </summary>
    public Answer<SectionHistoryPage> History(string id, string slug, string? from, string? show)
    {
        bool changesOnly = string.Equals(show, ChangesOnly, StringComparison.Ordinal);
        return SectionLookup.Find<SectionHistoryPage>(store, id, slug, (e, s) => Urls.SectionHistory(e, s, from, changesOnly), (edition, section) =>
        {
            var timeline = Timeline(edition);
            int at = timeline.IndexOf(edition);
            var trail = SectionTrail.FromLineage(timeline, store.Lineage.Section(edition.Id, section.Slug), comparisons.Compare)
                ?? SectionTrail.Follow(timeline, at, section, comparisons.Compare);
            var shown = Enumerable.Range(0, timeline.Count)
                .Where(i => !changesOnly || i == at || (trail.Changed[i] ?? HistoryColumns.Column(trail, i, changesOnly: false).IsChange)).ToList();
            var ids = shown.Select(i => timeline[i].Id).ToList();
            int start = HistoryWindow.Around(shown.IndexOf(at));
            if (from is not null)
            {
                start = ids.IndexOf(from);
                if (start < 0)
                {
                    return new NotFoundModel(
                        $"edition “{from}” in the history of this section",
                        "Editions this history can start from",
                        shown.Select(i => new Link(EditionDisplay.Label(timeline[i]), Urls.SectionHistory(edition.Id, section.Slug, timeline[i].Id, changesOnly))).ToList());
                }
            }

            var window = HistoryWindow.At(ids, start, first => Urls.SectionHistory(edition.Id, section.Slug, first, changesOnly));
            var columns = shown.Skip(window.Start).Take(window.Count).Select(i => HistoryColumns.Column(trail, i, changesOnly)).ToList();
            return new SectionHistoryPage(edition, section, timeline.Count, window, changesOnly, columns, EditionNames.Of(store));
        });
    }

    /// <summary>
    /// The editions on the edition's subject through it, oldest first, as compared at ingestion (its report's and the
    /// related reports'); without stored lineage, every report edition on the subject. A reference source stands alone.
    /// </summary>
    private List<Edition> Timeline(Edition edition)
    {
        var compared = store.Lineage.TimelineThrough(edition.Id).Select(store.Editions.Find).OfType<Edition>().ToList();
        if (compared.Exists(e => e.Id == edition.Id))
        {
            return compared;
        }

        return edition.Kind == EditionKind.Report
            ? store.Editions.Reports.Where(e => string.Equals(e.Subject, edition.Subject, StringComparison.Ordinal)).ToList()
            : [edition];
    }

    /// <summary>The JSON twin: <c>/api/editions/{id}/{section}/history</c>, serialising the answer its page renders.</summary>
    public static void MapTwins(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/editions/{id}/{section}/history", (string id, string section, string? from, string? show, HistoryHandler h) => Twin.Of(h.History(id, section, from, show)));
    }
}
