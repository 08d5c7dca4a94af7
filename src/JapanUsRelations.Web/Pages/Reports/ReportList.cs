using JapanUsRelations.Web.Infrastructure.Paging;

namespace JapanUsRelations.Web.Pages.Reports;

/// <summary><c>/reports?page=N</c> and its twin: one page of the reports, the most recently updated first.</summary>
/// <param name="Paging">Where this page stands among the reports.</param>
/// <param name="Reports">This page's reports.</param>
public sealed record ReportList(Pagination Paging, IReadOnlyList<ReportSummary> Reports) : PagedRecord(Paging)
{
    /// <summary>Reports per page when the URL names no size.</summary>
    public const int DefaultPageSize = 25;
}
