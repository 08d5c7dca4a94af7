namespace JapanUsRelations.Store;

/// <summary>
/// Everything known about one passage's life across the editions of its subject: its direct counterparts, the
/// editions it first and last stands in, its state in the newest edition, and its history edition by edition.
/// </summary>
/// <param name="Place">The passage asked about.</param>
/// <param name="Lineage">Its counterparts in the edition before it and the editions after it.</param>
/// <param name="FirstSeen">The earliest edition it (or a passage it came from) stands in.</param>
/// <param name="LastSeen">The latest edition it (or a passage it became) stands in.</param>
/// <param name="Latest">Its state in the newest edition of its timeline.</param>
/// <param name="History">
/// Every edition from <paramref name="FirstSeen"/> on where it stands, plus the one that removed it, in timeline
/// order; its ancestors before <see cref="Place"/>'s edition and its descendants after.
/// </param>
public sealed record PassageLineage(
    PassagePlace Place, IReadOnlyList<PassageLink> Lineage, string FirstSeen, string LastSeen, PassageLatest Latest, IReadOnlyList<PassageStep> History)
{
    /// <summary>The steps of <see cref="History"/> that changed it (new, reworded, moved, split, merged, removed).</summary>
    public IEnumerable<PassageStep> Changes => History.Where(s => s.IsChange);

    /// <summary>The ids of the editions it stands in, in timeline order.</summary>
    public IEnumerable<string> StandsIn => History.Where(s => s.Places.Count > 0).Select(s => s.EditionId);
}
