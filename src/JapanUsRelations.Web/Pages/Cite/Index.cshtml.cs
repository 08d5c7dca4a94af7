using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Editions;
using JapanUsRelations.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace JapanUsRelations.Web.Pages.Cite;

/// <summary>"Cite this" for an edition, a section or a paragraph: permalink, Chicago, APA and BibTeX, ready to copy.</summary>
public sealed class IndexModel(EditionCatalog catalog, SectionAliases aliases) : PageModel
{
    /// <summary>What is cited.</summary>
    public CiteLookup? Found { get; private set; }

    /// <summary>Shows the citations, redirects to the canonical cite URL, or answers a helpful 404.</summary>
    public IActionResult OnGet(string id, string? section, string? anchor)
    {
        Found = CiteLookup.Resolve(catalog, aliases, id, section, anchor);
        if (Found.RedirectTo is { } target)
        {
            return Found.Permanent ? RedirectPermanent(target) : Redirect(target);
        }

        if (Found.Missing is { } missing)
        {
            var links = Found.Edition is { } edition
                ? edition.AllSections().Select(s => (s.Heading ?? "Introduction", Urls.Cite(edition.Id, s.Slug))).ToList()
                : catalog.Reports.Concat(catalog.References).Select(e => (EditionDisplay.Label(e), Urls.Cite(e.Id))).ToList();
            ViewData["Title"] = "Not found";
            return new PartialViewResult
            {
                ViewName = "_NotFoundPage",
                ViewData = new ViewDataDictionary<NotFoundModel>(ViewData, new NotFoundModel(missing, "What can be cited", links)),
                StatusCode = StatusCodes.Status404NotFound,
            };
        }

        return Page();
    }
}
