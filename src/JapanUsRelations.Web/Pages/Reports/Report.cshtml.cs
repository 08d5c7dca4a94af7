using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Infrastructure.Paging;
using Microsoft.AspNetCore.Mvc;

namespace JapanUsRelations.Web.Pages.Reports;

/// <summary>One report's timeline of editions.</summary>
public sealed class ReportModel(ReportsHandler handler) : AnswerPage<ReportPage>
{
    /// <summary>Renders the handler's answer.</summary>
    public IActionResult OnGet(string key) => Render(handler.Report(key, PageRequest.From(Request, ReportPage.DefaultPageSize)));
}
