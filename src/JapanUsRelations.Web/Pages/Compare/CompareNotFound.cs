using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Editions;
using JapanUsRelations.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>The comparison's helpful 404: which id is unknown, and the editions that can be compared.</summary>
public static class CompareNotFound
{
    /// <summary>An unknown edition id in a comparison URL.</summary>
    public static IActionResult Page(PageModel page, EditionCatalog catalog, string id)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(catalog);
        var model = new NotFoundModel(
            $"edition “{id}” to compare. Edition ids are publication dates (2026-02-05), a year (2018), or a title for an undated source",
            "Editions that can be compared",
            catalog.Reports.Concat(catalog.References).Select(e => (EditionDisplay.Label(e), Urls.Edition(e.Id))).Append(("Choose two editions", Urls.CompareChooser)).ToList());
        return NotFoundPage.Render(page, model);
    }

    /// <summary>The JSON twin of the same 404.</summary>
    public static IResult Json(EditionCatalog catalog, string id)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Results.Json(EditionJson.NotFound($"edition '{id}'", catalog.All.Select(e => (e.Id, Urls.Api(Urls.Edition(e.Id))))), EditionsApp.Json, statusCode: 404);
    }
}
