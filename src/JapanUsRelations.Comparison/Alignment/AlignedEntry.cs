using JapanUsRelations.Comparison.Diffing;

namespace JapanUsRelations.Comparison.Alignment;

/// <summary>How an entry was found.</summary>
internal enum EntryKind
{
    InPlace,
    Moved,
    Split,
    Merged,
    Added,
    Removed,
}

/// <summary>An aligned entry before it is placed: older and newer blocks, how they were found and their diff.</summary>
internal sealed record AlignedEntry(IReadOnlyList<BlockInfo> Older, IReadOnlyList<BlockInfo> Newer, EntryKind Kind, WordDiffResult Diff);
