using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;
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
        app.MapGet("/api/reports", (ReportsHandler h) => Twin.Of<ReportList>(h.List()));
        app.MapGet("/api/reports/{key}", (string key, ReportsHandler h) => Twin.Of(h.Report(key)));
    }

    /// <summary><c>/reports</c>: every report, most recently updated first.</summary>
    public ReportList List() => new(store.Editions.ReportGroups.Select(g => new ReportSummary(g)).ToList());

    /// <summary><c>/reports/{key}</c>: one report's editions, oldest first, each with its change since the one before.</summary>
    public Answer<ReportPage> Report(string key)
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

        var entries = report.Editions.Select((e, i) => i == 0
            ? new ReportEditionEntry(e, null, null)
            : new ReportEditionEntry(e, report.Editions[i - 1], changes.ChangedShare(report.Editions[i - 1], e))).ToList();
        var related = store.Editions.RelatedReports(report.Latest).Select(g => new ReportSummary(g)).ToList();
        return new ReportPage(new ReportSummary(report), entries, related);
    }
}
