using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Shared;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JapanUsRelations.Web.Pages;

/// <summary>The 404 page for any URL nothing answers: says what was asked for and where to go.</summary>
public sealed class NotFoundPageModel(ReadStore store) : PageModel
{
    /// <summary>What the page shows.</summary>
    public NotFoundModel Details { get; private set; } = new("such page", "", []);

    /// <summary>Builds the page for the original path.</summary>
    public void OnGet()
    {
        var feature = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        string asked = feature?.OriginalPath ?? Request.Path.Value ?? "/";
        Response.StatusCode = StatusCodes.Status404NotFound;
        Details = new NotFoundModel(
            $"page at {asked}",
            "Editions",
            store.Editions.Listed.Select(e => new Link(EditionDisplay.Label(e), Urls.Edition(e.Id))).ToList());
    }
}
