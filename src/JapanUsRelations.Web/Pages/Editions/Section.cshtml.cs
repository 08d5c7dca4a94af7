using JapanUsRelations.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace JapanUsRelations.Web.Pages.Editions;

/// <summary>One section of an edition, subsections nested; every paragraph anchored and linkable.</summary>
public sealed class SectionModel(EditionsHandler handler, Citations.CitationService citations) : AnswerPage<SectionPage>
{
    /// <summary>"Cite this section".</summary>
    public Citations.CiteTarget? Cite { get; private set; }

    /// <summary>Renders the handler's answer.</summary>
    public IActionResult OnGet(string id, string section)
    {
        var answer = handler.Section(id, section);
        if (answer.Found is { } found)
        {
            Cite = new Citations.CiteTarget(citations.For(found.Source, found.SourceSection, null, Request));
        }

        return Render(answer);
    }
}
