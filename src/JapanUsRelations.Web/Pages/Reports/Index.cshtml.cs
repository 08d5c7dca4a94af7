using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Infrastructure.Paging;
using Microsoft.AspNetCore.Mvc;

namespace JapanUsRelations.Web.Pages.Reports;

/// <summary>Every report with its editions.</summary>
public sealed class IndexModel(ReportsHandler handler) : AnswerPage<ReportList>
{
    /// <summary>Renders the list.</summary>
    public IActionResult OnGet() => Render(handler.List(PageRequest.From(Request, ReportList.DefaultPageSize)));
}
