namespace JapanUsRelations.Store;

/// <summary>
/// One edition in a sentence's history: where it stands there and what happened to it coming from the edition
/// before (<see cref="PassageRelation.New"/> for its first, <see cref="PassageRelation.Same"/>,
/// <see cref="PassageRelation.Reworded"/>, or <see cref="PassageRelation.Removed"/> with no places for the edition
/// that dropped it).
/// </summary>
/// <param name="EditionId">The edition's URL id.</param>
/// <param name="Relation">What happened in this edition.</param>
/// <param name="Places">Where it stands in it (several when its paragraph was split and both halves keep it; none when removed).</param>
/// <param name="Share">Least share of words kept from the edition before (1 when the same or new; 0 when removed).</param>
/// <param name="Paragraphs">
/// The paragraphs it stands in there; for the edition that removed it, the paragraphs its paragraph became there
/// (the sentence was dropped from them), none when its paragraph went too.
/// </param>
public sealed record SentenceStep(string EditionId, PassageRelation Relation, IReadOnlyList<SentencePlace> Places, double Share, IReadOnlyList<PassagePlace> Paragraphs)
{
    /// <summary>True unless the sentence stood there as it stood in the edition before.</summary>
    public bool IsChange => Relation != PassageRelation.Same;
}
