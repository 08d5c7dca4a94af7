namespace JapanUsRelations.Ingestion.Enrichment.Facts;

/// <summary>One sentence of a block's text: the words exactly as written and where they start in the block.</summary>
/// <param name="Text">The sentence, trimmed, verbatim from the block's text.</param>
/// <param name="Start">Character offset of <paramref name="Text"/> within the block's text.</param>
public readonly record struct Sentence(string Text, int Start);
