namespace JapanUsRelations.Store;

/// <summary>
/// A sentence's state in the newest edition of its timeline (as for its paragraph, <see cref="PassageLatest"/>):
/// unchanged (the same words), reworded, moved (its paragraph stands in a section of another slug) or removed.
/// </summary>
/// <param name="EditionId">The newest edition's id.</param>
/// <param name="State">Its state there.</param>
/// <param name="Places">Where it stands there (none when removed).</param>
/// <param name="RemovedIn">For a removed sentence, the edition that dropped it; otherwise null.</param>
public sealed record SentenceLatest(string EditionId, PassageState State, IReadOnlyList<SentencePlace> Places, string? RemovedIn);
