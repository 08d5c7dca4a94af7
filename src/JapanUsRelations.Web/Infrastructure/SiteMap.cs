using JapanUsRelations.Store;

namespace JapanUsRelations.Web.Infrastructure;

/// <summary>
/// Every page the site serves for the editions in the store, one URL per route and thing: home, each edition and
/// section (and its history), each successive comparison (and one backwards), each topic, fact kind and citation, and
/// the second page of every paged list at a page size of 2 (<see cref="PagedUrls"/>). Every URL here has a JSON twin at
/// <see cref="Urls.Api"/> of it.
/// </summary>
public static class SiteMap
{
    /// <summary>The site's pages.</summary>
    public static IReadOnlyList<string> Pages(ReadStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var editions = store.Editions;
        var urls = new List<string> { Urls.Home, Urls.Editions, Urls.Reports, Urls.CompareChooser, Urls.Topics, Urls.Facts, Urls.SearchPage };
        urls.AddRange(editions.ReportGroups.Select(g => Urls.Report(g.Key)));
        foreach (var edition in editions.Listed)
        {
            urls.Add(Urls.Edition(edition.Id));
            urls.Add(Urls.Cite(edition.Id));
            foreach (var section in edition.AllSections())
            {
                urls.Add(Urls.Section(edition.Id, section.Slug));
                urls.Add(Urls.SectionHistory(edition.Id, section.Slug));
                urls.Add(Urls.Cite(edition.Id, section.Slug));
                urls.AddRange(section.Blocks.Take(1).Select(b => Urls.Cite(edition.Id, section.Slug, b.Anchor)));
            }
        }

        var reports = editions.Reports;
        urls.AddRange(reports.Where(e => editions.Previous(e) is not null).Select(e => Urls.Compare(editions.Previous(e)!.Id, e.Id)));
        if (reports.Count >= 2)
        {
            urls.Add(Urls.Compare(reports[^1].Id, reports[0].Id));
        }

        urls.AddRange(store.Topics.Topics.SelectMany(t => new[] { Urls.Topic(t.Slug), Urls.TopicLatest(t.Slug) }));
        urls.AddRange(store.Facts.Kinds.Select(k => Urls.Fact(k.Kind)));
        urls.Add(Urls.Fact("unclassified"));
        urls.Add(Urls.Search("Okinawa"));
        urls.AddRange(PagedUrls(store));
        return urls;
    }

    /// <summary>The second page, two items a page, of every paged list (where it has one): twin-checked like any page.</summary>
    public static IReadOnlyList<string> PagedUrls(ReadStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var lists = new List<string> { Urls.Editions, Urls.Reports, Urls.CompareChooser, Urls.Topics, Urls.Facts, Urls.Fact("unclassified") };
        lists.AddRange(store.Editions.ReportGroups.Where(g => g.Editions.Count > 2).Select(g => Urls.Report(g.Key)));
        lists.AddRange(store.Topics.Topics.Take(1).Select(t => Urls.Topic(t.Slug)));
        lists.AddRange(store.Facts.Kinds.Take(1).Select(k => Urls.Fact(k.Kind)));
        return lists.Select(list => Paging.PageUrls.Of(list, 2, 2, 0)).ToList();
    }
}
