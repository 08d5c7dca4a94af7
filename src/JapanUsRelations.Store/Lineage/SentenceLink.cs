namespace JapanUsRelations.Store;

/// <summary>One sentence of a paragraph linked to a sentence of a counterpart paragraph (sentences numbered from 1).</summary>
/// <param name="Sentence">The sentence's number in the paragraph asked about.</param>
/// <param name="Counterpart">The counterpart paragraph.</param>
/// <param name="CounterpartSentence">The sentence's number in the counterpart.</param>
/// <param name="Direction">Earlier or later.</param>
/// <param name="Relation"><see cref="PassageRelation.Same"/> or <see cref="PassageRelation.Reworded"/>.</param>
/// <param name="Share">Share of words kept, 0–1.</param>
public sealed record SentenceLink(int Sentence, PassagePlace Counterpart, int CounterpartSentence, LinkDirection Direction, PassageRelation Relation, double Share);
