using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Infrastructure.Paging;
using Microsoft.AspNetCore.Mvc;

namespace JapanUsRelations.Web.Pages.Editions;

/// <summary>The list of editions, with how much each changed since the one before.</summary>
public sealed class IndexModel(EditionsHandler handler) : AnswerPage<EditionList>
{
    /// <summary>Renders the list.</summary>
    public IActionResult OnGet(string? on) => Render(handler.ListOn(on, PageRequest.From(Request, EditionList.DefaultPageSize)));
}
