using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Editions;

/// <summary>JSON twins of the home page and the editions pages.</summary>
public static class EditionsApi
{
    /// <summary>Maps <c>/api</c>, <c>/api/editions</c>, <c>/api/editions/{id}</c>, <c>/api/editions/{id}/{section}</c>.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api", (EditionCatalog catalog) => Results.Json(new
        {
            editions = catalog.Reports.Select(EditionJson.Summary),
            references = catalog.References.Select(EditionJson.Summary),
            links = new { editions = Urls.Api(Urls.Editions), topics = Urls.Api(Urls.Topics), facts = Urls.Api(Urls.Facts), compare = Urls.Api(Urls.CompareChooser), search = "/api/search?q=" },
        }, EditionsApp.Json));

        app.MapGet("/api/editions", (EditionCatalog catalog) =>
            Results.Json(catalog.Reports.Concat(catalog.References).Select(EditionJson.Summary), EditionsApp.Json));

        app.MapGet("/api/editions/{id}", (string id, EditionCatalog catalog) =>
        {
            var edition = catalog.Resolve(id);
            if (edition is null)
            {
                return Results.Json(EditionJson.NotFound($"edition '{id}'", catalog.All.Select(e => (e.Id, Urls.Api(Urls.Edition(e.Id))))), EditionsApp.Json, statusCode: 404);
            }

            return edition.Id == id ? Results.Json(EditionJson.Full(edition), EditionsApp.Json) : Results.Redirect(Urls.Api(Urls.Edition(edition.Id)));
        });

        app.MapGet("/api/editions/{id}/{section}", (string id, string section, EditionCatalog catalog, Cite.SectionAliases aliases) =>
        {
            var edition = catalog.Resolve(id);
            if (edition is null)
            {
                return Results.Json(EditionJson.NotFound($"edition '{id}'", catalog.All.Select(e => (e.Id, Urls.Api(Urls.Edition(e.Id))))), EditionsApp.Json, statusCode: 404);
            }

            if (edition.Id != id)
            {
                return Results.Redirect(Urls.Api(Urls.Section(edition.Id, section)));
            }

            var found = edition.AllSections().FirstOrDefault(s => s.Slug == section);
            if (found is null && aliases.NewSlug(edition.Id, section) is { } renamed)
            {
                return Results.Redirect(Urls.Api(Urls.Section(edition.Id, renamed)), permanent: true);
            }

            return found is null
                ? Results.Json(EditionJson.NotFound($"section '{section}' of edition '{id}'", edition.AllSections().Select(s => (s.Heading ?? "Introduction", Urls.Api(Urls.Section(edition.Id, s.Slug))))), EditionsApp.Json, statusCode: 404)
                : Results.Json(new { edition = EditionJson.Summary(edition), section = EditionJson.Section(edition, found) }, EditionsApp.Json);
        });
    }
}
