using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JapanUsRelations.Web.Pages.Editions;

/// <summary>A whole edition with its table of contents; <c>/editions/2024</c> redirects to the one edition of 2024.</summary>
public sealed class EditionModel(EditionCatalog catalog, IChangeMeter changeMeter) : PageModel
{
    /// <summary>The edition shown.</summary>
    public Edition? Edition { get; private set; }

    /// <summary>The previous report edition, if any.</summary>
    public Edition? Previous { get; private set; }

    /// <summary>The next report edition, if any.</summary>
    public Edition? Next { get; private set; }

    /// <summary>Share of the text changed since <see cref="Previous"/>.</summary>
    public double? ChangedShare { get; private set; }

    /// <summary>Shows the edition, redirects a year id, or answers a helpful 404.</summary>
    public IActionResult OnGet(string id)
    {
        Edition = catalog.Resolve(id);
        if (Edition is null)
        {
            return NotFoundPages.Edition(this, catalog, id);
        }

        if (Edition.Id != id)
        {
            return Redirect(Urls.Edition(Edition.Id));
        }

        Previous = catalog.Previous(Edition);
        Next = catalog.Next(Edition);
        ChangedShare = Previous is null ? null : changeMeter.ChangedShare(Previous, Edition);
        return Page();
    }
}
