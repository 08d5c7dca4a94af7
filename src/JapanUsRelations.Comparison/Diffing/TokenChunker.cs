using DiffPlex;

namespace JapanUsRelations.Comparison.Diffing;

/// <summary>Hands DiffPlex the already-normalised tokens of the two texts of one diff.</summary>
internal sealed class TokenChunker(string older, string[] olderTokens, string[] newerTokens) : IChunker
{
    public IReadOnlyList<string> Chunk(string text) => ReferenceEquals(text, older) ? olderTokens : newerTokens;
}
