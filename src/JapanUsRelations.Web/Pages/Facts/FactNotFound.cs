using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>The helpful 404 of the fact pages: the kind asked for, and every kind that exists.</summary>
public static class FactNotFound
{
    /// <summary>An unknown fact kind.</summary>
    public static IActionResult Page(PageModel page, FactCatalog facts, string kind)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(facts);
        var model = new NotFoundModel($"fact kind “{kind}”", "Fact kinds that exist", facts.Kinds.Select(k => (k.Label, Urls.Fact(k.Kind))).ToList());
        return NotFoundPage.Render(page, model);
    }
}
