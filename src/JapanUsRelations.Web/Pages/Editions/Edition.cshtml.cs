using JapanUsRelations.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace JapanUsRelations.Web.Pages.Editions;

/// <summary>A whole edition with its table of contents; <c>/editions/2024</c> redirects to the one edition of 2024.</summary>
public sealed class EditionModel(EditionsHandler handler, Citations.CitationService citations) : AnswerPage<EditionPage>
{
    /// <summary>"Cite this edition".</summary>
    public Citations.CiteTarget? Cite { get; private set; }

    /// <summary>Renders the handler's answer.</summary>
    public IActionResult OnGet(string id)
    {
        var answer = handler.Edition(id);
        if (answer.Found is { } found)
        {
            Cite = new Citations.CiteTarget(citations.For(found.Source, null, null, Request));
        }

        return Render(answer);
    }
}
