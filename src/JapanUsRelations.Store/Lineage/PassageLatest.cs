namespace JapanUsRelations.Store;

/// <summary>
/// A passage's state in the newest edition its subject's timeline reaches from the passage's edition (the newest
/// edition of its report; for the last edition of a report that a related report continues, the newest edition of
/// that one): unchanged, reworded, moved or removed, with where it stands there.
/// </summary>
/// <param name="EditionId">The newest edition's id.</param>
/// <param name="State">Its state there.</param>
/// <param name="Places">Where it stands there (none when removed; several after a split).</param>
/// <param name="RemovedIn">For a removed passage, the edition that dropped it; otherwise null.</param>
public sealed record PassageLatest(string EditionId, PassageState State, IReadOnlyList<PassagePlace> Places, string? RemovedIn)
{
    /// <summary>The anchor of its (first) counterpart in the newest edition, or null when removed.</summary>
    public string? Anchor => Places.Count > 0 ? Places[0].Anchor : null;

    /// <summary>The section slug of its (first) counterpart in the newest edition, or null when removed.</summary>
    public string? SectionSlug => Places.Count > 0 ? Places[0].SectionSlug : null;
}
