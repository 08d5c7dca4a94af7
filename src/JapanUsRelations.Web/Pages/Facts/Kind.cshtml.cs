using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Infrastructure.Paging;
using Microsoft.AspNetCore.Mvc;

namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>One fact kind through time, every source sentence quoted; or the unclassified quantities.</summary>
public sealed class KindModel(FactsHandler handler) : AnswerPage<FactKindPage>
{
    /// <summary>Renders the handler's answer.</summary>
    public IActionResult OnGet(string kind) => Render(handler.Kind(kind, PageRequest.From(Request, FactsHandler.DefaultPageSizeOf(kind))));
}
