namespace JapanUsRelations.Comparison.Diffing;

/// <summary>The operations between two texts and their similarity (share of characters kept).</summary>
internal sealed record WordDiffResult(IReadOnlyList<WordOperation> Operations, double Similarity);
