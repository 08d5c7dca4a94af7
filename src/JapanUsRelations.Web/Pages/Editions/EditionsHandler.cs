using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Infrastructure.Paging;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.Editions;

/// <summary>
/// The one handler of the home page and the editions pages, for the page and its twin alike: looks up what the URL
/// names and answers the record, a redirect (a year id, a renamed section) or a helpful not-found.
/// </summary>
public sealed class EditionsHandler(ReadStore store, IChangeMeter changes)
{
    private EditionCatalog Catalog => store.Editions;

    /// <summary><c>/</c>: the latest editions on a timeline and the entry points.</summary>
    public HomePage Home() => new(
        Catalog.Reports.Skip(Math.Max(0, Catalog.Reports.Count - HomePage.TimelineLength)).Select(e => new EditionSummary(e)).ToList(),
        Catalog.References.Select(e => new EditionSummary(e)).ToList(),
        new HomeLinks(Urls.Api(Urls.Editions), Urls.Api(Urls.Topics), Urls.Api(Urls.Facts), Urls.Api(Urls.CompareChooser), Urls.Api(Urls.SearchPage) + "?q="),
        store.Topics.Topics.Take(3).Select(t => t.Name).ToList()) { EditionCount = Catalog.Reports.Count };

    /// <summary>
    /// <c>/editions?on=2026-09-16&amp;page=N</c>: one page of the editions (of one day or year, where a bare date names
    /// several); a page past the last is a 404 naming the pages that exist.
    /// </summary>
    public Answer<EditionList> ListOn(string? dayOrYear, PageRequest request)
    {
        string? on = string.IsNullOrWhiteSpace(dayOrYear) ? null : dayOrYear.Trim();
        var editions = on is null ? Catalog.Listed : Catalog.OnDate(on);
        var reports = editions.Where(e => e.Kind == EditionKind.Report).ToList();
        var paging = Pagination.Of(request, reports.Count, PageUrls.For(on is null ? Urls.Editions : Urls.EditionsOn(on), request.Size, EditionList.DefaultPageSize));
        if (paging.IsBeyondEnd)
        {
            return paging.NotFound(on is null ? "the editions" : $"the editions of {on}");
        }

        var rows = paging.Slice(reports)
            .Select(e => Catalog.Previous(e) is { } p ? new EditionRow(e, p, changes.ChangedShare(p, e)) : new EditionRow(e, null, null)).ToList();
        return new EditionList(paging, rows, editions.Where(e => e.Kind == EditionKind.Reference).ToList()) { On = on };
    }

    /// <summary><c>/editions/{id}</c>: the edition; a year with one edition redirects to it.</summary>
    public Answer<EditionPage> Edition(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var edition = Catalog.Resolve(id);
        if (edition is null)
        {
            return SectionLookup.Elsewhere(store, id, Urls.Edition) is { } elsewhere ? elsewhere : NotFoundAnswers.Edition(Catalog, id);
        }

        if (edition.Id != id)
        {
            return new Redirection(Urls.Edition(edition.Id), Permanent: false, "a year with one edition");
        }

        var previous = Catalog.Previous(edition);
        return new EditionPage(edition, previous, Catalog.Next(edition), previous is null ? null : changes.ChangedShare(previous, edition), store.Facts);
    }

    /// <summary><c>/editions/{id}/{section}</c>: the section; a year id or a renamed section redirects.</summary>
    public Answer<SectionPage> Section(string id, string slug) => SectionLookup.Find<SectionPage>(store, id, slug, Urls.Section, (edition, section) =>
        new SectionPage(
            edition, section, edition.Sections.FirstOrDefault(s => s.Children.Contains(section)), Catalog.Previous(edition), Catalog.Next(edition), store.Facts,
            Passages(edition, section), Notice(edition, section)));

    /// <summary>
    /// The notice for a reader of an older edition's section. The page shows the section with its subsections, so a
    /// section whose own text stands unchanged has still changed when one of its subsections changed or went.
    /// </summary>
    private ForwardNotice? Notice(Edition edition, Section section)
    {
        ForwardNotice? NoticeOf(Section s) => ForwardNotice.For(store.Lineage.Section(edition.Id, s.Slug), edition.Id, s.Slug, EditionNames.Of(store), store.Lineage);
        var notice = NoticeOf(section);
        bool below = notice is { State: ForwardNotice.Unchanged }
            && section.SelfAndDescendants().Skip(1).Any(s => NoticeOf(s) is { State: not ForwardNotice.Unchanged });
        return below ? notice! with { State = ForwardNotice.Changed } : notice;
    }

    /// <summary>The history of every paragraph of a section and its subsections, by anchor (empty without lineage).</summary>
    private Dictionary<string, PassageHistory> Passages(Edition edition, Section section) => section.SelfAndDescendants()
        .SelectMany(s => store.Lineage.Passages(edition.Id, s.Slug))
        .ToDictionary(p => p.Place.Anchor, p => PassageHistory.Of(p, EditionNames.Of(store), store.Lineage), StringComparer.Ordinal);

    /// <summary>The JSON twins: <c>/api</c>, <c>/api/editions</c>, <c>/api/editions/{id}</c>, <c>/api/editions/{id}/{section}</c>, each serialising the answer its page renders.</summary>
    public static void MapTwins(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api", (EditionsHandler h) => Twin.Of<HomePage>(h.Home()));
        app.MapGet("/api/editions", (string? on, HttpRequest request, EditionsHandler h) => Twin.Of(h.ListOn(on, PageRequest.From(request, EditionList.DefaultPageSize))));
        app.MapGet("/api/editions/{id}", (string id, EditionsHandler h) => Twin.Of(h.Edition(id)));
        app.MapGet("/api/editions/{id}/{section}", (string id, string section, EditionsHandler h) => Twin.Of(h.Section(id, section)));
    }
}
