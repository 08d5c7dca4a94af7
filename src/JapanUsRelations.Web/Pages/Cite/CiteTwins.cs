using JapanUsRelations.Web.Citations;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Cite;

/// <summary>The JSON twin of the cite page: serialises the page's handler answer.</summary>
public static class CiteTwins
{
    /// <summary>Maps <c>/api/cite/{id}/{section?}/{anchor?}</c>.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/cite/{id}/{section?}/{anchor?}", (string id, string? section, string? anchor, HttpRequest request, CiteHandler h) =>
            Twin.Of(h.Cite(id, section, anchor, CitationService.SiteBase(request))));
    }
}
