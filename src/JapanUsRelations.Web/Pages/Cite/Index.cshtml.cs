using JapanUsRelations.Web.Citations;
using JapanUsRelations.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace JapanUsRelations.Web.Pages.Cite;

/// <summary>"Cite this" for an edition, a section or a paragraph: permalink, Chicago, APA and BibTeX, ready to copy.</summary>
public sealed class IndexModel(CiteHandler handler, CitationService citations) : AnswerPage<CitePage>
{
    /// <summary>Shows the citations, redirects to the canonical cite URL, or answers a helpful 404.</summary>
    public IActionResult OnGet(string id, string? section, string? anchor) => Render(handler.Cite(id, section, anchor, citations.SiteBase(Request)));
}
