namespace JapanUsRelations.Store;

/// <summary>One counterpart of a passage in the edition directly before or after it (one step of its lineage).</summary>
/// <param name="Counterpart">Where the counterpart stands.</param>
/// <param name="Direction">Earlier (the predecessor edition) or later (a successor edition).</param>
/// <param name="Relation">
/// What happened between the older and the newer of the two, read forwards: for an earlier link, how the passage
/// came from its counterpart; for a later one, what became of it (never <see cref="PassageRelation.New"/> or
/// <see cref="PassageRelation.Removed"/>: those are the absence of a link).
/// </param>
/// <param name="Share">Share of words kept, 0–1 (1 when the same).</param>
public sealed record PassageLink(PassagePlace Counterpart, LinkDirection Direction, PassageRelation Relation, double Share)
{
    /// <summary>The counterpart's edition id.</summary>
    public string EditionId => Counterpart.EditionId;

    /// <summary>The counterpart's anchor.</summary>
    public string Anchor => Counterpart.Anchor;

    /// <summary>The counterpart's section slug.</summary>
    public string SectionSlug => Counterpart.SectionSlug;
}
