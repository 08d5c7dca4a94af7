namespace JapanUsRelations.Lineage;

/// <summary>One row of <c>sentence_link</c>: sentence numbers (from 1) of two linked paragraphs, their relation and share kept.</summary>
internal sealed record SentenceLinkRow(long OlderBlockId, int OlderSentence, long NewerBlockId, int NewerSentence, string Relation, double Share);
