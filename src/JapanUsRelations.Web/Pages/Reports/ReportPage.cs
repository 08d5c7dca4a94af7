using JapanUsRelations.Web.Infrastructure.Paging;

namespace JapanUsRelations.Web.Pages.Reports;

/// <summary>
/// <c>/reports/{key}?page=N</c> and its twin: one report's editions on a timeline, a page of them at a time, and the
/// related reports on its subject (on every page). The paging fields count the report's editions.
/// </summary>
/// <param name="Paging">Where this page stands among the report's editions.</param>
/// <param name="Report">The report.</param>
/// <param name="Editions">This page's editions, oldest first, each with its change since the one before.</param>
/// <param name="Related">Other reports on the same subject (comparable with this one's editions).</param>
public sealed record ReportPage(Pagination Paging, ReportSummary Report, IReadOnlyList<ReportEditionEntry> Editions, IReadOnlyList<ReportSummary> Related)
    : PagedRecord(Paging)
{
    /// <summary>Editions per page when the URL names no size.</summary>
    public const int DefaultPageSize = 25;
}
