namespace JapanUsRelations.Ingestion.Model;

/// <summary>
/// A change the parser made to the source's structure (never to its words), recorded so a reader can see it:
/// a paragraph rejoined across a page break, a scraped title repaired, a run-in head lifted into a subsection.
/// </summary>
/// <param name="Kind">Short machine name: <c>page-break-join</c>, <c>title</c>, <c>run-in-head</c>, <c>heading-level</c>.</param>
/// <param name="Detail">What was done, in a sentence a reader can check against the source.</param>
/// <param name="FirstLine">First source line involved (1-based).</param>
/// <param name="LastLine">Last source line involved (1-based).</param>
public sealed record Repair(string Kind, string Detail, int FirstLine, int LastLine);
