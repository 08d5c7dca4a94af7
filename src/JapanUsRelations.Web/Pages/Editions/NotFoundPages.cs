using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JapanUsRelations.Web.Pages.Editions;

/// <summary>The helpful 404s of the editions pages: what was asked for, and links to what exists.</summary>
public static class NotFoundPages
{
    /// <summary>An unknown edition id.</summary>
    public static IActionResult Edition(PageModel page, EditionCatalog catalog, string id)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(catalog);
        return NotFoundPage.Render(page, new NotFoundModel(
            $"edition “{id}”. Edition ids are publication dates (2026-02-05), a year where only the year is known (2018), or a title for an undated source",
            "Editions that exist",
            catalog.Reports.Concat(catalog.References).Select(e => (EditionDisplay.Label(e), Urls.Edition(e.Id))).ToList()));
    }

    /// <summary>An unknown section of a known edition.</summary>
    public static IActionResult Section(PageModel page, Edition edition, string slug)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(edition);
        return NotFoundPage.Render(page, new NotFoundModel(
            $"section “{slug}” in the {EditionDisplay.Date(edition)} edition",
            $"Sections of the {EditionDisplay.Date(edition)} edition",
            edition.AllSections().Select(s => (s.Heading ?? "Introduction", Urls.Section(edition.Id, s.Slug))).ToList()));
    }
}
