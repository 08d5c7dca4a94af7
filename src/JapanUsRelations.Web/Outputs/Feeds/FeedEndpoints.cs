using JapanUsRelations.Comparison;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Compare;
using JapanUsRelations.Web.Pages.Facts;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Outputs.Feeds;

/// <summary>
/// The one handler of the Atom feeds: every new edition, one report's editions, changes touching a topic, and a
/// fact's value changing. Each entry is an edition compared with the one before it (<see cref="EditionCatalog.Previous"/>
/// for editions and reports; the previous edition stating the fact for facts), with the changes inside.
/// </summary>
public sealed class FeedEndpoints(ReadStore store, ComparisonService comparisons)
{
    private const string TagPrefix = "tag:japan-us-relations-editions,2026:";

    /// <summary>Maps <c>/feeds/editions.atom</c>, <c>/feeds/reports/{key}.atom</c>, <c>/feeds/topics/{slug}.atom</c>, <c>/feeds/facts/{kind}.atom</c>.</summary>
    public static void MapFeeds(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/feeds/editions.atom", (FeedEndpoints h, HttpContext c) => AtomResponse.Of(h.Editions(), c)).ExcludeFromDescription();
        app.MapGet("/feeds/reports/{key}.atom", (string key, FeedEndpoints h, HttpContext c) => AtomResponse.Of(h.Report(key), c)).ExcludeFromDescription();
        app.MapGet("/feeds/topics/{slug}.atom", (string slug, FeedEndpoints h, HttpContext c) => AtomResponse.Of(h.Topic(slug), c)).ExcludeFromDescription();
        app.MapGet("/feeds/facts/{kind}.atom", (string kind, FeedEndpoints h, HttpContext c) => AtomResponse.Of(h.Fact(kind), c)).ExcludeFromDescription();
    }

    /// <summary>Every report edition, newest first, each with its changes since its report's previous edition.</summary>
    public ChangeFeed Editions() => new(
        TagPrefix + "feeds/editions",
        "New editions · Japan–U.S. Relations Editions",
        "Every new edition of every report, with what changed since the report's previous edition.",
        Urls.EditionsFeed,
        Urls.Editions,
        store.Editions.Reports.Reverse().Select(EditionEntry).ToList());

    /// <summary>One report's editions, newest first; a report number in another case redirects to the report's own key.</summary>
    public Answer<ChangeFeed> Report(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (store.Editions.Report(key.Trim()) is not { } report)
        {
            return new NotFoundModel($"feed of report “{key}”", "Report feeds that exist",
                store.Editions.ReportGroups.Select(g => new Link($"{g.Number ?? g.Latest.Title} — {g.Latest.Title}", Urls.ReportFeed(g.Key))).ToList());
        }

        if (!string.Equals(report.Key, key, StringComparison.Ordinal))
        {
            return new Redirection(Urls.ReportFeed(report.Key), Permanent: true, "the report's own key");
        }

        return new ChangeFeed(
            TagPrefix + "feeds/reports/" + report.Key,
            $"{report.Number ?? report.Latest.Title} · Japan–U.S. Relations Editions",
            $"Every new edition of “{report.Latest.Title}”, with what changed since the edition before.",
            Urls.ReportFeed(report.Key),
            Urls.Report(report.Key),
            report.Editions.Reverse().Select(EditionEntry).ToList());
    }

    /// <summary>The editions whose changes touch the topic (a changed paragraph is one of its passages on either side), newest first.</summary>
    public Answer<ChangeFeed> Topic(string slug)
    {
        ArgumentNullException.ThrowIfNull(slug);
        if (store.Topics.Find(slug) is not { } topic)
        {
            return new NotFoundModel($"feed of topic “{slug}”", "Topic feeds that exist",
                store.Topics.Topics.Select(t => new Link(t.Name, Urls.TopicFeed(t.Slug))).ToList());
        }

        var entries = new List<FeedEntry>();
        foreach (var edition in store.Editions.Reports.Reverse())
        {
            if (store.Editions.Previous(edition) is not { } previous)
            {
                continue;
            }

            var view = comparisons.Find(previous.Id, edition.Id)!;
            var older = Anchors(store.Topics.Passages(topic.Slug, previous).Select(p => p.Block.Anchor));
            var newer = Anchors(store.Topics.Passages(topic.Slug, edition).Select(p => p.Block.Anchor));
            bool Touches(BlockComparison b) => b.Older.Any(p => older.Contains(p.Anchor)) || b.Newer.Any(p => newer.Contains(p.Anchor));
            if (view.Comparison.Sections.SelectMany(s => s.Blocks).Any(b => b.IsChange && Touches(b)))
            {
                entries.Add(new FeedEntry(
                    $"{TagPrefix}topics/{topic.Slug}/editions/{edition.Id}",
                    $"{topic.Name}: changes in the {EditionDisplay.Date(edition)} edition of {ReportName(edition)}",
                    Updated(edition), Authors(edition), Urls.Compare(previous.Id, edition.Id), ChangeDigest.Html(view, Touches)));
            }
        }

        return new ChangeFeed(
            TagPrefix + "feeds/topics/" + topic.Slug,
            $"{topic.Name} · Japan–U.S. Relations Editions",
            $"Changes touching “{topic.Name}” in each new edition.",
            Urls.TopicFeed(topic.Slug),
            Urls.Topic(topic.Slug),
            entries);
    }

    /// <summary>The editions in which the fact's value changed (new, dropped, up, down or otherwise different), newest first.</summary>
    public Answer<ChangeFeed> Fact(string kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (store.Facts.Find(kind) is not { } info)
        {
            return new NotFoundModel($"feed of fact kind “{kind}”", "Fact feeds that exist",
                store.Facts.Kinds.Select(k => new Link(k.Label, Urls.FactFeed(k.Kind))).ToList());
        }

        var cells = FactRows.Of(store, info).Cells;
        var entries = new List<FeedEntry>();
        for (int i = 1; i < cells.Count; i++)
        {
            if (cells[i].Change is FactChange.None or FactChange.Same)
            {
                continue;
            }

            var (before, now) = (cells[i - 1], cells[i]);
            var view = comparisons.Find(before.Edition.Id, now.Edition.Id)!;
            string? olderAnchor = before.Main?.Fact.BlockAnchor;
            string? newerAnchor = now.Main?.Fact.BlockAnchor;
            bool Touches(BlockComparison b) => b.Older.Any(p => p.Anchor == olderAnchor) || b.Newer.Any(p => p.Anchor == newerAnchor);
            entries.Add(new FeedEntry(
                $"{TagPrefix}facts/{info.Kind}/editions/{now.Edition.Id}",
                $"{info.Label}: {Value(before.Main)} → {Value(now.Main)} ({EditionDisplay.Date(now.Edition)})",
                Updated(now.Edition), Authors(now.Edition), Urls.Compare(before.Edition.Id, now.Edition.Id),
                FactDigest.Html(info.Label, before, now) + ChangeDigest.Html(view, Touches)));
        }

        entries.Reverse();
        return new ChangeFeed(
            TagPrefix + "feeds/facts/" + info.Kind,
            $"{info.Label} · Japan–U.S. Relations Editions",
            $"Each edition in which “{info.Label}” is stated differently from the edition before.",
            Urls.FactFeed(info.Kind),
            Urls.Fact(info.Kind),
            entries);
    }

    private FeedEntry EditionEntry(Edition edition)
    {
        string id = $"{TagPrefix}editions/{edition.Id}";
        if (store.Editions.Previous(edition) is not { } previous)
        {
            return new FeedEntry(id, $"{ReportName(edition)}: first edition, {EditionDisplay.Date(edition)}", Updated(edition), Authors(edition),
                Urls.Edition(edition.Id), FactDigest.FirstEdition(edition));
        }

        var view = comparisons.Find(previous.Id, edition.Id)!;
        return new FeedEntry(id, $"{ReportName(edition)}: {EditionDisplay.Date(edition)} edition (previous: {EditionDisplay.Date(previous)})",
            Updated(edition), Authors(edition), Urls.Compare(previous.Id, edition.Id), ChangeDigest.Html(view, _ => true));
    }

    private static HashSet<string> Anchors(IEnumerable<string> anchors) => new(anchors, StringComparer.Ordinal);

    private static string ReportName(Edition edition) =>
        edition.ReportNumber is { } number ? $"{number} “{edition.Title}”" : $"“{edition.Title}”";

    private static string Value(StoredFact? fact) => fact is null ? "not stated" : fact.Fact.Text;

    private static DateTimeOffset Updated(Edition edition) =>
        edition.Published is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : DateTimeOffset.UnixEpoch;

    private static IReadOnlyList<string> Authors(Edition edition) =>
        edition.Authors.Count > 0 ? edition.Authors.OrderBy(a => a.Ordinal).Select(a => a.Name).ToList() : [edition.Publisher];
}
