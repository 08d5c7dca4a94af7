using JapanUsRelations.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace JapanUsRelations.Web.Pages.Shared;

/// <summary>Renders the one helpful 404 page (what was asked for, and what exists) from any page model.</summary>
public static class NotFoundPage
{
    /// <summary>A 404 result showing <paramref name="model"/> in the site layout.</summary>
    public static IActionResult Render(PageModel page, NotFoundModel model)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(model);
        page.ViewData["Title"] = "Not found";
        page.ViewData[Twin.ViewDataKey] = Twin.Fingerprint(model);
        return new PartialViewResult
        {
            ViewName = "_NotFoundPage",
            ViewData = new ViewDataDictionary<NotFoundModel>(page.ViewData, model),
            StatusCode = StatusCodes.Status404NotFound,
        };
    }
}
