namespace JapanUsRelations.Ingestion.Tests.Corpus;

/// <summary>What one corpus file says, written by reading its HTML (never by running the parser).</summary>
/// <param name="Name">Short name: report number and version, e.g. <c>IF10292v22</c>.</param>
/// <param name="Title">The masthead's first block, whitespace collapsed.</param>
/// <param name="Published">The masthead's date ("Updated <i>date</i>", or the bare date of a first edition).</param>
/// <param name="ReportNumber">The masthead's "(IFnnnnn)" / "(INnnnnn)".</param>
/// <param name="Series">The series the number's prefix names.</param>
/// <param name="Outline">Sections in reading order, in <see cref="CorpusOutline"/>'s notation.</param>
public sealed record CorpusGolden(string Name, string Title, DateOnly Published, string ReportNumber, string Series, IReadOnlyList<string> Outline);
