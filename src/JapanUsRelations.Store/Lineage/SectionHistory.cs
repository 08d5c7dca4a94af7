namespace JapanUsRelations.Store;

/// <summary>
/// One section followed through every edition of its subject's timeline that passes through the edition asked
/// about (its predecessors back to the first, its successors to the newest, the same report preferred), one column
/// per edition, oldest first.
/// </summary>
/// <param name="EditionId">The edition asked about.</param>
/// <param name="Slug">The section asked about.</param>
/// <param name="Columns">One per edition, oldest first.</param>
public sealed record SectionHistory(string EditionId, string Slug, IReadOnlyList<SectionColumn> Columns);
