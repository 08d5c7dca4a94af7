using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Editions;

namespace JapanUsRelations.Web.Pages.Cite;

/// <summary>JSON twin of the cite page: <c>/api/cite/{id}/{section?}/{anchor?}</c>.</summary>
public static class CiteApi
{
    /// <summary>Maps <c>/api/cite/…</c>.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/cite/{id}/{section?}/{anchor?}", (string id, string? section, string? anchor, HttpRequest request, EditionCatalog catalog, SectionAliases aliases, CitationService citations) =>
        {
            var found = CiteLookup.Resolve(catalog, aliases, id, section, anchor);
            if (found.RedirectTo is { } target)
            {
                return Results.Redirect(Urls.Api(target), permanent: found.Permanent);
            }

            if (found.Missing is { } missing)
            {
                return Results.Json(EditionJson.NotFound(missing, catalog.All.Select(e => (e.Id, Urls.Api(Urls.Cite(e.Id))))), EditionsApp.Json, statusCode: 404);
            }

            var citation = citations.For(found.Edition!, found.Section, found.Block, request);
            return Results.Json(new
            {
                edition = found.Edition!.Id,
                section = found.Section?.Slug,
                anchor = found.Block?.Anchor,
                permalink = citation.Permalink,
                link = citation.Link,
                accessed = citation.Work.Accessed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                chicago = citation.Chicago,
                apa = citation.Apa,
                bibtex = citation.BibTex,
            }, EditionsApp.Json);
        });
    }
}
