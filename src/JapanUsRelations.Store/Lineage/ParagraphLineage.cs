namespace JapanUsRelations.Store;

/// <summary>A paragraph's lineage and each of its sentences' (<see cref="LineageBook.Paragraph"/>), read together.</summary>
/// <param name="Passage">The paragraph's lineage, as <see cref="LineageBook.Passage"/> gives it.</param>
/// <param name="Sentences">Each sentence's lineage, in reading order (empty for a table or list).</param>
public sealed record ParagraphLineage(PassageLineage Passage, IReadOnlyList<SentenceLineage> Sentences);
