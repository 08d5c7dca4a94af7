using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JapanUsRelations.Web.Pages.Editions;

/// <summary>One section of an edition, subsections nested; every paragraph anchored and linkable.</summary>
public sealed class SectionModel(EditionCatalog catalog, Cite.SectionAliases aliases) : PageModel
{
    /// <summary>The edition.</summary>
    public Edition? Edition { get; private set; }

    /// <summary>The section shown.</summary>
    public Section? Section { get; private set; }

    /// <summary>The section's parent, for a subsection.</summary>
    public Section? Parent { get; private set; }

    /// <summary>The previous report edition.</summary>
    public Edition? Previous { get; private set; }

    /// <summary>The next report edition.</summary>
    public Edition? Next { get; private set; }

    /// <summary>Shows the section, redirects a year id, or answers a helpful 404.</summary>
    public IActionResult OnGet(string id, string section)
    {
        Edition = catalog.Resolve(id);
        if (Edition is null)
        {
            return NotFoundPages.Edition(this, catalog, id);
        }

        if (Edition.Id != id)
        {
            return Redirect(Urls.Section(Edition.Id, section));
        }

        Section = Edition.AllSections().FirstOrDefault(s => s.Slug == section);
        if (Section is null)
        {
            return aliases.NewSlug(Edition.Id, section) is { } renamed ? RedirectPermanent(Urls.Section(Edition.Id, renamed)) : NotFoundPages.Section(this, Edition, section);
        }

        Parent = Edition.Sections.FirstOrDefault(s => s.Children.Contains(Section));
        Previous = catalog.Previous(Edition);
        Next = catalog.Next(Edition);
        return Page();
    }
}
