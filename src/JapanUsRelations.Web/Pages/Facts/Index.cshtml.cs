using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Infrastructure.Paging;
using Microsoft.AspNetCore.Mvc;

namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>The facts table: every stated kind × the report editions, and each figure compared across data years.</summary>
public sealed class IndexModel(FactsHandler handler) : AnswerPage<FactTable>
{
    /// <summary>Renders the table.</summary>
    public IActionResult OnGet() => Render(handler.Table(PageRequest.From(Request, FactTable.DefaultPageSize)));
}
