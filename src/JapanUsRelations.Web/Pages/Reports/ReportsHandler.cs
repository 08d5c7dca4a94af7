using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Infrastructure.Paging;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.Reports;

/// <summary>
/// The one handler of the reports pages and their twins: every report (editions grouped by report number), and one
/// report's timeline. A report number in another case redirects to the report's own key.
/// </summary>
public sealed class ReportsHandler(ReadStore store, IChangeMeter changes)
{
    /// <summary>The JSON twins: <c>/api/reports</c>, <c>/api/reports/{key}</c>.</summary>
    public static void MapTwins(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/reports", (HttpRequest request, ReportsHandler h) => Twin.Of(h.List(PageRequest.From(request, ReportList.DefaultPageSize))));
        app.MapGet("/api/reports/{key}", (string key, HttpRequest request, ReportsHandler h) => Twin.Of(h.Report(key, PageRequest.From(request, ReportPage.DefaultPageSize))));
    }

    /// <summary><c>/reports?page=N</c>: a page of the reports, most recently updated first.</summary>
    public Answer<ReportList> List(PageRequest request)
    {
        var reports = store.Editions.ReportGroups;
        var paging = Pagination.Of(request, reports.Count, PageUrls.For(Urls.Reports, request.Size, ReportList.DefaultPageSize));
        return paging.IsBeyondEnd ? paging.NotFound("the reports") : new ReportList(paging, paging.Slice(reports).Select(g => new ReportSummary(g)).ToList());
    }

    /// <summary><c>/reports/{key}?page=N</c>: a page of one report's editions, oldest first, each with its change since the one before.</summary>
    public Answer<ReportPage> Report(string key, PageRequest request)
    {
        ArgumentNullException.ThrowIfNull(key);
        var report = store.Editions.Report(key.Trim());
        if (report is null)
        {
            return new NotFoundModel(
                $"report “{key}”. Reports are known by their CRS report number (IF10199, IN12668, R45208) or, when they have none, by their title",
                "Reports that exist",
                store.Editions.ReportGroups.Select(g => new Link($"{g.Number ?? g.Latest.Title} — {g.Latest.Title}", Urls.Report(g.Key))).ToList());
        }

        if (!string.Equals(report.Key, key, StringComparison.Ordinal))
        {
            return new Redirection(Urls.Report(report.Key), Permanent: true, "the report's own key");
        }

        var paging = Pagination.Of(request, report.Editions.Count, PageUrls.For(Urls.Report(report.Key), request.Size, ReportPage.DefaultPageSize));
        if (paging.IsBeyondEnd)
        {
            return paging.NotFound($"the editions of {report.Number ?? report.Latest.Title}");
        }

        var entries = Enumerable.Range(paging.Skip, Math.Min(paging.PageSize, report.Editions.Count - paging.Skip)).Select(i => i == 0
            ? new ReportEditionEntry(report.Editions[i], null, null)
            : new ReportEditionEntry(report.Editions[i], report.Editions[i - 1], changes.ChangedShare(report.Editions[i - 1], report.Editions[i]))).ToList();
        var related = store.Editions.RelatedReports(report.Latest).Select(g => new ReportSummary(g)).ToList();
        return new ReportPage(paging, new ReportSummary(report), entries, related);
    }
}
