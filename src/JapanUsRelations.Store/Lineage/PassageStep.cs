namespace JapanUsRelations.Store;

/// <summary>
/// One edition in a passage's history: where the passage stands in it and what happened to it coming from the
/// edition before (<see cref="PassageRelation.New"/> for the first, <see cref="PassageRelation.Removed"/> with no
/// places for the edition that dropped it).
/// </summary>
/// <param name="EditionId">The edition's URL id.</param>
/// <param name="Relation">What happened in this edition.</param>
/// <param name="Places">Where the passage stands in it (several after a split; none when removed).</param>
/// <param name="Share">Share of words kept from the edition before (1 when the same or new; 0 when removed).</param>
public sealed record PassageStep(string EditionId, PassageRelation Relation, IReadOnlyList<PassagePlace> Places, double Share)
{
    /// <summary>True unless the passage stood there unchanged.</summary>
    public bool IsChange => Relation != PassageRelation.Same;
}
