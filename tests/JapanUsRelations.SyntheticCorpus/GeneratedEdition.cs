namespace JapanUsRelations.SyntheticCorpus;

/// <summary>One file the generator wrote.</summary>
/// <param name="FileName">The file's name in the output folder.</param>
/// <param name="Published">The edition's date (also its URL id).</param>
/// <param name="BaseSeed">The seed file its chain of editions started from.</param>
/// <param name="Changes">What changed since the previous edition of the same chain.</param>
/// <param name="Chain">Which chain (one per base, or one per report) it continues.</param>
/// <param name="Report">The report's own number and title when the corpus has several reports per base; else null (the base's own).</param>
public sealed record GeneratedEdition(string FileName, DateOnly Published, string BaseSeed, IReadOnlyList<Change> Changes, int Chain = 0, ReportMasthead? Report = null);
