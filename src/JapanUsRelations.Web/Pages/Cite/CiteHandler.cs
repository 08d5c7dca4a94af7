using JapanUsRelations.Store;
using JapanUsRelations.Web.Citations;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.Cite;

/// <summary>The one handler of the cite page and its twin.</summary>
public sealed class CiteHandler(ReadStore store, CitationService citations)
{
    /// <summary>
    /// <c>/cite/{id}[/{section}[/{anchor}]]</c>: the citation with links under <paramref name="siteBase"/>; a year id,
    /// a renamed section or a block of a subsection redirect to the canonical cite URL.
    /// </summary>
    public Answer<CitePage> Cite(string id, string? section, string? anchor, Uri siteBase)
    {
        var found = CiteLookup.Resolve(store.Editions, store.Aliases, id, section, anchor);
        if (found.RedirectTo is { } target)
        {
            return new Redirection(target, found.Permanent, found.Permanent ? "section renamed since links were made" : "canonical cite URL");
        }

        if (found.Missing is { } missing)
        {
            var links = found.Edition is { } edition
                ? edition.AllSections().Select(s => new Link(EditionDisplay.SectionName(s.Heading), Urls.Cite(edition.Id, s.Slug))).ToList()
                : store.Editions.Listed.Select(e => new Link(EditionDisplay.Label(e), Urls.Cite(e.Id))).ToList();
            return new NotFoundModel(missing, "What can be cited", links);
        }

        var paragraph = found.Block is { Kind: Ingestion.Model.BlockKind.Paragraph } block ? store.Lineage.Paragraph(found.Edition!.Id, block.Anchor) : null;
        var passage = paragraph is null ? null : PassageHistory.Of(paragraph.Passage, EditionNames.Of(store), store.Lineage);
        var sentences = paragraph is null ? null : SentenceEntries.Of(paragraph, EditionNames.Of(store), store.Lineage);
        return new CitePage(found, citations.For(found.Edition!, found.Section, found.Block, siteBase), passage, sentences);
    }

    /// <summary>The JSON twins: <c>/api/cite/{id}/{section?}/{anchor?}</c>, each serialising the answer its page renders.</summary>
    public static void MapTwins(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/cite/{id}/{section?}/{anchor?}", (string id, string? section, string? anchor, HttpRequest request, CitationService citations, CiteHandler h) =>
            Twin.Of(h.Cite(id, section, anchor, citations.SiteBase(request))));
    }
}
