namespace JapanUsRelations.Web.Pages.Reports;

/// <summary><c>/reports</c> and its twin: every report, the most recently updated first.</summary>
/// <param name="Reports">The reports.</param>
public sealed record ReportList(IReadOnlyList<ReportSummary> Reports);
