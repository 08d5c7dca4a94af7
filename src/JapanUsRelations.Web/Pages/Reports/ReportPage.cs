namespace JapanUsRelations.Web.Pages.Reports;

/// <summary><c>/reports/{key}</c> and its twin: one report's editions on a timeline, and the related reports on its subject.</summary>
/// <param name="Report">The report.</param>
/// <param name="Editions">Its editions, oldest first, each with its change since the one before.</param>
/// <param name="Related">Other reports on the same subject (comparable with this one's editions).</param>
public sealed record ReportPage(ReportSummary Report, IReadOnlyList<ReportEditionEntry> Editions, IReadOnlyList<ReportSummary> Related);
