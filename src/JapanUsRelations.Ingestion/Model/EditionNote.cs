namespace JapanUsRelations.Ingestion.Model;

/// <summary>
/// Text that belongs to the edition but not to its body: a disclaimer, a navigation note ("More information about
/// Japan is available on…"), a further-reading link list. Shown beside the edition, never as a body section.
/// </summary>
/// <param name="Kind"><c>disclaimer</c>, <c>navigation</c> or <c>further-reading</c>.</param>
/// <param name="Text">The note's text as written (for a link list, its lead-in sentence).</param>
/// <param name="Items">The list items of a further-reading list; empty otherwise.</param>
/// <param name="SourceLine">Where the note starts in the source (1-based).</param>
public sealed record EditionNote(string Kind, string Text, IReadOnlyList<string> Items, int SourceLine);
