namespace JapanUsRelations.Store;

/// <summary>A block of a section in one column of its history, with what happened to it coming from the edition before.</summary>
/// <param name="Place">Where it stands.</param>
/// <param name="Relation">Same, reworded, moved, split, merged or new.</param>
/// <param name="Share">Share of words kept (1 when the same or new).</param>
/// <param name="From">Its counterparts in the edition before (empty when new).</param>
public sealed record SectionPassage(PassagePlace Place, PassageRelation Relation, double Share, IReadOnlyList<PassagePlace> From)
{
    /// <summary>The block's anchor.</summary>
    public string Anchor => Place.Anchor;
}
