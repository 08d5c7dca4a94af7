namespace JapanUsRelations.SyntheticCorpus;

/// <summary>
/// The report number and title one report of a multi-report corpus prints in its masthead (and, for a seed whose
/// number only the manifest gives, its manifest entry).
/// </summary>
/// <param name="Number">The CRS report number, e.g. <c>IF24017</c>: the base's product prefix, other digits.</param>
/// <param name="Title">The report's title, e.g. "U.S.-Japan Relations: Issues for Congress".</param>
public sealed record ReportMasthead(string Number, string Title);
