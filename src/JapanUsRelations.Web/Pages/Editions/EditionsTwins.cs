using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Editions;

/// <summary>The JSON twins of the home page and the editions pages: each serialises its page's handler answer.</summary>
public static class EditionsTwins
{
    /// <summary>Maps <c>/api</c>, <c>/api/editions</c>, <c>/api/editions/{id}</c>, <c>/api/editions/{id}/{section}</c>.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api", (EditionsHandler h) => Twin.Of<HomePage>(h.Home()));
        app.MapGet("/api/editions", (EditionsHandler h) => Twin.Of<EditionList>(h.List()));
        app.MapGet("/api/editions/{id}", (string id, EditionsHandler h) => Twin.Of(h.Edition(id)));
        app.MapGet("/api/editions/{id}/{section}", (string id, string section, EditionsHandler h) => Twin.Of(h.Section(id, section)));
    }
}
